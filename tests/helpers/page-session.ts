import { mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { drawAllCharts } from '../../src/tools/chromium.ts';

/** What a page did while it loaded and was scrolled through. */
export interface PageSession {
  page: Page;
  /** Console errors, page errors, failed and 4xx/5xx requests, CSP violations. */
  problems: string[];
  /** Requests to any host but the site's (all are blocked). */
  outsideRequests: string[];
  /** gzip size of each script fetched, by URL, with whether it came before scrolling. */
  scripts: { url: string; gzip: number; atLoad: boolean }[];
  close(): Promise<void>;
}

/**
 * Opens a page of the served site in a fresh context: every request to another host is
 * blocked and recorded, and everything that goes wrong is collected.
 */
export async function openPage(browser: Browser, origin: string, sitePath: string, options: { width?: number; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; initScript?: string } = {}): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    bypassCSP: options.bypassCSP ?? false,
  });
  const problems: string[] = [];
  const outsideRequests: string[] = [];
  const scripts: PageSession['scripts'] = [];
  let loaded = false;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // A script run before the page's own, for stubbing browser features (speech, for one).
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', async (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (response.request().resourceType() === 'script') {
      const atLoad = !loaded;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.push({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length, atLoad });
    }
  });
  await page.goto(`${origin}${sitePath}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  loaded = true;
  return { page, problems, outsideRequests, scripts, close: () => context.close() };
}

/** Scrolls through the whole page so that lazy charts draw, then waits for every chart. */
export function scrollThrough(page: Page): Promise<void> {
  return drawAllCharts(page);
}

/** Saves a full-page screenshot into the git-ignored screenshots/ folder. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
