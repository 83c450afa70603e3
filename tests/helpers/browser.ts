import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium; never a browser downloaded by a tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run. Locally without Chromium they are skipped with one line
 * saying how to install it; under CI a missing browser fails the run instead.
 */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must install it (apt-get install -y chromium)`);
  console.warn(`Browser tests skipped: Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  return false;
}

/** Starts Chromium headless with the flags this machine needs (no sandbox as root, no background traffic). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

/** One page of each template of the sample district. */
export const TEMPLATES = {
  overview: '/',
  directory: '/communities/',
  community: '/communities/liuyuan/',
  report: '/reports/guifanhua-jianshe/',
  standards: '/standards/',
  notFound: '/404.html',
} as const;
