import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLoadOptions, readSettings } from '../src/settings.ts';

describe('readSettings', () => {
  const cwd = '/work/checkout';
  const cache = path.join(cwd, 'node_modules/.cache/shequ');
  const unset = { pagesPerShard: undefined, city: undefined, cityModel: undefined, astroCacheDir: undefined, editorsContentDir: undefined, cityCacheDir: path.join(cwd, 'node_modules/.cache/shequ-city') };
  test.each([
    ['nothing set', {}, { contentDir: 'content', workDir: cache, cacheDir: cache, quiet: false, chromiumPath: '/usr/bin/chromium', cwd, ...unset }],
    [
      'every variable',
      {
        SHEQU_CONTENT: '/srv/c',
        SHEQU_CACHE_DIR: '/tmp/c',
        SHEQU_QUIET: '1',
        CHROMIUM_PATH: '/opt/chrome',
        SHEQU_PAGES_PER_SHARD: '500',
        SHEQU_CITY: '{"title":"云岫市","home":"/"}',
        SHEQU_CITY_MODEL: '/tmp/m.json',
        SHEQU_ASTRO_CACHE_DIR: '/tmp/a',
        SHEQU_EDITORS_CONTENT: '/srv/editors',
      },
      {
        contentDir: '/srv/c',
        workDir: '/tmp/c',
        cacheDir: '/tmp/c',
        quiet: true,
        chromiumPath: '/opt/chrome',
        cwd,
        pagesPerShard: '500',
        city: '{"title":"云岫市","home":"/"}',
        cityModel: '/tmp/m.json',
        astroCacheDir: '/tmp/a',
        editorsContentDir: '/srv/editors',
        cityCacheDir: '/tmp/c/city',
      },
    ],
    [
      'SHEQU_CACHE=off wins over a folder (the bodies pages read still have one)',
      { SHEQU_CACHE: 'off', SHEQU_CACHE_DIR: '/tmp/c' },
      { contentDir: 'content', workDir: '/tmp/c', cacheDir: undefined, quiet: false, chromiumPath: '/usr/bin/chromium', cwd, ...unset, cityCacheDir: '/tmp/c/city' },
    ],
    ['empty values count as unset', { SHEQU_CONTENT: '', SHEQU_QUIET: '', SHEQU_CITY: '', SHEQU_PAGES_PER_SHARD: '' }, { contentDir: 'content', workDir: cache, cacheDir: cache, quiet: false, chromiumPath: '/usr/bin/chromium', cwd, ...unset }],
  ])('%s', (_, env, expected) => {
    expect(readSettings(env, cwd)).toEqual(expected);
  });
});

describe('readLoadOptions', () => {
  test('passes the cache folder and shows paths from the working directory', () => {
    expect(readLoadOptions(readSettings({ SHEQU_CACHE_DIR: '/tmp/c' }, '/w'))).toEqual({ cacheDir: '/tmp/c', displayRoot: '/w' });
  });
});
