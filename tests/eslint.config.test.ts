import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The repo's own config, applied to code as if it sat in the given file.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

/** The rules that fire on `code` placed at `filePath`, with the line of each. */
async function lint(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.line} ${m.ruleId}`);
}

const BAD_CORE = [
  "import { spawn } from 'node:child_process';",
  "import { readCommandArgs } from '../tools/args.ts';",
  "import { getContentDir } from '../settings.ts';",
  "import { prepareAstroEnv } from '../../scripts/astro-env.ts';",
  "import Base from '../layouts/Base.astro';",
  'export const dir = process.env.SHEQU_CONTENT ?? process.cwd();',
  'export function stop(): never { process.exit(1); }',
  'export const slot = (globalThis as { x?: unknown }).x;',
  'export const used = [spawn, readCommandArgs, getContentDir, prepareAstroEnv, Base];',
].join('\n');

describe('eslint.config.js: the core stays apart from the tools', () => {
  test('a file in src/lib/ fails on every way out of the core, one message per line', async () => {
    expect(await lint(BAD_CORE, 'src/lib/direction-example.ts')).toEqual([
      '1 no-restricted-imports',
      '2 no-restricted-imports',
      '3 no-restricted-imports',
      '4 no-restricted-imports',
      '5 no-restricted-imports',
      '6 no-restricted-syntax',
      '6 no-restricted-syntax',
      '7 no-restricted-syntax',
      '8 no-restricted-globals',
    ]);
  });

  test.each([
    ['src/lib/charts/direction-example.ts', 'deeper in the core', 9],
    ['src/tools/direction-example.ts', 'the tools', 0],
    ['scripts/direction-example.ts', 'the scripts', 0],
    ['src/settings.ts', 'the settings module', 0],
  ])('%s (%s): %i messages', async (filePath, _, count) => {
    const text = filePath.startsWith('src/lib/charts/') ? BAD_CORE.replaceAll("'../", "'../../") : BAD_CORE;
    expect(await lint(text, filePath)).toHaveLength(count);
  });

  test('no file of the core is an exception', async () => {
    for (const file of ['src/lib/project.ts', 'src/lib/bodies.ts', 'src/lib/city/model.ts']) expect(await lint(BAD_CORE, file)).toHaveLength(9);
  });
});
