import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Debian's nginx (the `nginx` package), or NGINX_PATH. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The server block the project ships, that the tests run as an office would. */
export const DEPLOY_CONF = path.resolve('deploy/nginx.conf');

/**
 * Whether the nginx tests can run. Locally without nginx they are skipped with one line saying
 * how to install it; under CI a missing nginx fails the run instead.
 */
export function hasNginx(): boolean {
  if (existsSync(NGINX) && spawnSync(NGINX, ['-v']).status === 0) return true;
  if (process.env.CI) throw new Error(`nginx is missing at ${NGINX}: CI must install it (apt-get install -y nginx)`);
  console.warn(`nginx tests skipped: nginx not found at ${NGINX}. Install it with: apt-get install -y nginx`);
  return false;
}

/**
 * Sets the two lines an installer changes, `listen` and `root`, and nothing else. Each must be
 * there exactly once, on a line of its own, so that a script can set it.
 */
export function setListenAndRoot(conf: string, listen: string, root: string): string {
  for (const name of ['listen', 'root']) {
    const lines = conf.split('\n').filter((line) => new RegExp(`^\\s*${name}\\s`).test(line));
    if (lines.length !== 1) throw new Error(`deploy/nginx.conf must have one ${name} line, not ${lines.length}`);
  }
  return conf.replace(/^(\s*)listen\s.*;$/m, `$1listen ${listen};`).replace(/^(\s*)root\s.*;$/m, `$1root ${root};`);
}

export interface NginxServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts nginx as a child on 127.0.0.1 and a free port, with its pid, logs and temporary files
 * in a folder of its own, serving `root` with deploy/nginx.conf included from `http {}`.
 * `edit` changes the server block first (the sub-path variant).
 */
export async function startNginx(root: string, { edit = (conf: string) => conf }: { edit?: (conf: string) => string } = {}): Promise<NginxServer> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'shequ-nginx-'));
  await mkdir(path.join(prefix, 'temp'));
  const port = await findFreePort();
  const site = setListenAndRoot(edit(await readFile(DEPLOY_CONF, 'utf8')), `127.0.0.1:${port}`, root);
  await writeFile(path.join(prefix, 'site.conf'), site);
  const temp = path.join(prefix, 'temp');
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    [
      // As root, workers would otherwise run as www-data and not read the test's private folders.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp}/${kind};`),
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-e', `${prefix}/error.log`, '-c', `${prefix}/nginx.conf`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(origin, child, () => stderr);
  } catch (error) {
    await stopChild(child);
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    close: async () => {
      await stopChild(child);
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until nginx answers; fails with nginx's own words if it exits instead. */
async function waitUntilServing(origin: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr()}`);
    const up = await fetch(`${origin}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${origin}: ${stderr()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
