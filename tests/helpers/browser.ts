import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic } from '../../src/tools/static-server.ts';
import { CHROMIUM, isChromiumInstalled, launchChromium } from '../../src/tools/chromium.ts';

/**
 * Whether browser tests can run. Locally without Chromium they are skipped with one line
 * saying how to install it; under CI a missing browser fails the run instead.
 */
export function hasChromium(): boolean {
  if (isChromiumInstalled()) return true;
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must install it (apt-get install -y chromium)`);
  console.warn(`Browser tests skipped: Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  return false;
}

/** Starts Chromium the way `npm run pdf` does. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** One page of each template of the sample district. */
export const TEMPLATES = {
  overview: '/',
  directory: '/communities/',
  community: '/communities/liuyuan/',
  report: '/reports/guifanhua-jianshe/',
  standards: '/standards/',
  notFound: '/404.html',
  search: '/search/?q=%E6%97%A5%E9%97%B4%E7%85%A7%E6%96%99',
  compare: '/compare/?c=liuyuan,shuangqiao,xiwan',
  data: '/data/',
  completeness: '/data/completeness/',
  accessibility: '/accessibility/',
} as const;

/**
 * Launches Chromium and serves a built site (one the setup built, or a folder a `beforeAll`
 * registered before this call built) for the tests of one `describe` block, closing both
 * afterwards. Read `browser` and `origin` inside tests (they are set in `beforeAll`).
 */
export function useServedSite(site: 'sampleDist' | 'fixtureDist' | (() => string)): { browser: Browser; origin: string } {
  const state = {} as { browser: Browser; origin: string; close?: () => Promise<void> };
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serveStatic(typeof site === 'function' ? site() : inject(site))]);
    Object.assign(state, { browser, origin: server.origin, close: server.close });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.close?.();
  });
  return state;
}
