import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { hasJava } from '../helpers/java.ts';

const require = createRequire(import.meta.url);

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe.skipIf(!hasJava())('HTML validity (Nu HTML checker)', () => {
  test.each([
    ['sample district', 'sampleDist'],
    ['fixture site', 'fixtureDist'],
  ] as const)('every page of the %s is valid HTML', (_, site) => {
    const dist = inject(site);
    const jar = path.join(path.dirname(require.resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
    const result = spawnSync('java', ['-jar', jar, '--skip-non-html', '--format', 'json', '--errors-only', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: NuMessage[] };
    const errors = messages.map((m) => `${path.relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
    // The checker read pages: it exits 0 only when there is nothing to report.
    expect(result.status).toBe(0);
  });
});
