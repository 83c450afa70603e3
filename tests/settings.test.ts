import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLoadOptions, readSettings } from '../src/settings.ts';

describe('readSettings', () => {
  const cwd = '/work/checkout';
  test.each([
    ['nothing set', {}, { contentDir: 'content', cacheDir: path.join(cwd, 'node_modules/.cache/shequ'), quiet: false, chromiumPath: '/usr/bin/chromium', cwd }],
    ['every variable', { SHEQU_CONTENT: '/srv/c', SHEQU_CACHE_DIR: '/tmp/c', SHEQU_QUIET: '1', CHROMIUM_PATH: '/opt/chrome' }, { contentDir: '/srv/c', cacheDir: '/tmp/c', quiet: true, chromiumPath: '/opt/chrome', cwd }],
    ['SHEQU_CACHE=off wins over a folder', { SHEQU_CACHE: 'off', SHEQU_CACHE_DIR: '/tmp/c' }, { contentDir: 'content', cacheDir: undefined, quiet: false, chromiumPath: '/usr/bin/chromium', cwd }],
    ['empty values count as unset', { SHEQU_CONTENT: '', SHEQU_QUIET: '' }, { contentDir: 'content', cacheDir: path.join(cwd, 'node_modules/.cache/shequ'), quiet: false, chromiumPath: '/usr/bin/chromium', cwd }],
  ])('%s', (_, env, expected) => {
    expect(readSettings(env, cwd)).toEqual(expected);
  });
});

describe('readLoadOptions', () => {
  test('passes the cache folder and shows paths from the working directory', () => {
    expect(readLoadOptions(readSettings({ SHEQU_CACHE_DIR: '/tmp/c' }, '/w'))).toEqual({ cacheDir: '/tmp/c', displayRoot: '/w' });
  });
});
