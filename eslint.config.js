// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', 'dist.*/', '**/.astro/', 'node_modules/', '.shequ/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The direction of the code: src/lib/ is the pure core (read, check, model, Markdown, charts,
  // i18n). It never reaches out to the command-line tools, the scripts, the Astro shell or the
  // settings, and never reads the process's environment or state: the shell passes values in.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:child_process', message: 'src/lib/ is the pure core: starting processes belongs in src/tools/.' },
            { name: 'child_process', message: 'src/lib/ is the pure core: starting processes belongs in src/tools/.' },
          ],
          patterns: [
            {
              group: ['**/tools/**', '**/scripts/**', '**/pages/**', '**/components/**', '**/layouts/**', '**/settings.ts', '**/loaders.ts', '**/site.ts', '**/content.config.ts', 'astro:*'],
              message: 'src/lib/ is the pure core: it must not import the tools, the scripts or the Astro shell (they import it).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name=/^(env|cwd|exit|exitCode|argv|chdir)$/]",
          message: 'src/lib/ is the pure core: read the environment, arguments and working folder in src/settings.ts and pass the values in; exit in src/tools/command.ts.',
        },
      ],
      'no-restricted-globals': ['error', { name: 'globalThis', message: 'src/lib/ is the pure core: no process-wide state; pass values as arguments.' }],
    },
  },
);
