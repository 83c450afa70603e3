import { describe, expect, test } from 'vitest';
import { buildHeaderPolicy, readPagePolicy } from '../../src/tools/header-policy.ts';

describe('readPagePolicy', () => {
  test.each([
    ['Astro’s meta', `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"></head>`, "default-src 'self'; script-src 'self'"],
    ['escaped quotes', '<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">', "default-src 'self'"],
    ['no policy', '<head><meta charset="utf-8"></head>', undefined],
  ])('reads %s', (_, html, expected) => {
    expect(readPagePolicy(html)).toBe(expected);
  });
});

describe('buildHeaderPolicy', () => {
  test.each([
    ['adds frame-ancestors to Astro’s spacing', "default-src 'self';img-src 'self'; script-src 'self' 'sha256-x';", "default-src 'self'; img-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'self'"],
    ['keeps one frame-ancestors', "default-src 'self'; frame-ancestors 'none'", "default-src 'self'; frame-ancestors 'self'"],
    ['collapses runs of spaces', "script-src  'self'   'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'self'"],
  ])('%s', (_, page, header) => {
    expect(buildHeaderPolicy(page)).toBe(header);
  });
});
