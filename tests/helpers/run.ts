import { spawnSync } from 'node:child_process';

/** Runs one of our scripts with the Node running the tests, and returns what it printed. */
export function runScript(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SHEQU_QUIET: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
