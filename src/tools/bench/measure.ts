// What the bench measures outside the build itself: the memory of a process tree (from /proc),
// the weight of a built site and the bytes one search fetches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { SizeResult } from './report.ts';

/** The largest gzip size a page may have (the scale budget). */
export const BUDGET_GZIP = 150 * 1024;

/** Resident memory of a process and (unless told not to) all its descendants, in bytes (0 once it is gone). */
export function sumTreeRss(pid: number, descendants = true): number {
  let total = 0;
  const queue = [pid];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      if (!descendants) break;
      // Children are listed per thread: whichever thread spawned them.
      for (const task of readdirSync(`/proc/${current}/task`)) {
        for (const child of readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean)) queue.push(Number(child));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Counts and weighs the output: HTML pages, files, bytes, the biggest pages by gzip size. */
export async function weighOutput(dir: string) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  const html: { path: string; size: number }[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const { size } = await stat(file);
    bytes += size;
    if (entry.name.endsWith('.html')) html.push({ path: path.relative(dir, file), size });
  }
  // Only a page over the budget before compression can be over it after; weigh those and the biggest.
  html.sort((a, b) => b.size - a.size);
  const candidates = html.filter((p, i) => i < 50 || p.size > BUDGET_GZIP);
  const keyPaths = ['index.html', 'communities/index.html', 'standards/index.html', 'reports/index.html', 'search/index.html'];
  const weigh = async (page: string) => (await promisify(gzip)(await readFile(path.join(dir, page)), { level: 9 })).length;
  const weighed = [];
  for (const page of candidates) weighed.push({ path: page.path, gzipBytes: await weigh(page.path) });
  weighed.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const keyPages: Record<string, number | null> = {};
  for (const page of keyPaths) keyPages[page] = existsSync(path.join(dir, page)) ? await weigh(page) : null;
  return { pages: html.length, files: entries.filter((e) => e.isFile()).length, bytes, largest: weighed.slice(0, 5), overBudget: weighed.filter((p) => p.gzipBytes > BUDGET_GZIP).length, keyPages };
}

/**
 * What a browser fetches from /pagefind/ for one query: Chromium opens the site's search page
 * with the query in the URL (or, without one, runs Pagefind on the home page) and every response
 * under /pagefind/ is counted, as served without HTTP compression (Pagefind's index files are
 * compressed already).
 */
export async function measureSearch(dir: string, query: string, { chromium, log }: { chromium: string; log: (text: string) => void }): Promise<SizeResult['search']> {
  if (!existsSync(path.join(dir, 'pagefind', 'pagefind.js'))) return null;
  if (!existsSync(chromium)) {
    log(`   search: Chromium not found at ${chromium}; not measured`);
    return null;
  }
  const { default: sirv } = await import('sirv');
  const server = createServer(sirv(dir, { dev: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    // The bench counts bytes; whether the site's CSP lets Pagefind run is for the browser tests.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    const fetched: Promise<{ path: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.includes('/pagefind/')) fetched.push(request.sizes().then((s) => ({ path: pathname, bytes: s.responseBodySize + s.responseHeadersSize })));
    });
    let results: number | null = null;
    const base = `http://127.0.0.1:${port}`;
    if (existsSync(path.join(dir, 'search', 'index.html'))) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
    } else {
      await page.goto(`${base}/`, { waitUntil: 'load' });
      results = await page.evaluate(async (q) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ url);
        await pagefind.init();
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
        return found.results.length as number;
      }, query);
    }
    const files = await Promise.all(fetched);
    // Grouped by kind (pf_index, pf_fragment, wasm…), so the JSON says what the bytes are.
    const byKind: Record<string, { requests: number; bytes: number }> = {};
    for (const { path: file, bytes } of files) {
      const kind = /\/(index|fragment|filter)\//.exec(file)?.[1] ?? path.basename(file).replace(/[._-][0-9a-f]{6,}/g, '');
      byKind[kind] = { requests: (byKind[kind]?.requests ?? 0) + 1, bytes: (byKind[kind]?.bytes ?? 0) + bytes };
    }
    return { bytes: files.reduce((a, b) => a + b.bytes, 0), requests: files.length, results, query, byKind };
  } finally {
    await browser.close();
    server.close();
  }
}
