import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { readSettings } from '../settings.ts';

/** Debian's Chromium (or CHROMIUM_PATH); never a browser downloaded by a tool. */
export const CHROMIUM = readSettings().chromiumPath;

/** Tells whether Chromium is installed where we look for it. */
export function isChromiumInstalled(): boolean {
  return existsSync(CHROMIUM);
}

/** Starts Chromium headless with the flags this kind of machine needs (no sandbox as root, no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

/**
 * Scrolls through a page so that its lazy charts draw, then waits until every chart has.
 * Pages without charts return at once.
 */
export async function drawAllCharts(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(40);
  }
  // A chart whose table shows instead (长辈模式) is not drawn until the reader asks for it.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('figure.chart')].every((f) => {
        const box = f.querySelector('.chart-box');
        return !box || f.hasAttribute('data-drawn') || getComputedStyle(box).display === 'none';
      }),
    undefined,
    { timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
  // Let the last animation frames finish.
  await page.waitForTimeout(400);
}
