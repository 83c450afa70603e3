// npm run pdf -- [<community-slug> …] [--dist dist] [--out pdf]
// Prints the reports and the community pages (all, or the ones named) of a built site to A4
// PDF files with Chromium, the way a reader's browser would print them.
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { drawAllCharts, launchChromium } from '../src/tools/chromium.ts';
import { serveStatic } from '../src/tools/static-server.ts';
import { readCommandArgs } from '../src/tools/args.ts';
import { findMissingForBrowser } from '../src/tools/browser-preconditions.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';

await runCommand(async () => {
  const { values, positionals } = readCommandArgs({
    usage: ['用法：npm run pdf -- [<社区拼音名> …] [--dist <站点文件夹>] [--out <PDF 文件夹>]', '  用 Chromium 把已构建站点的报告和社区页面（全部，或列出的社区）打印成 A4 PDF。'].join('\n'),
    allowPositionals: true,
    options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'pdf' } },
  });
  const missing = findMissingForBrowser(values.dist);
  if (missing) {
    throw new CommandError(missing, 1);
  }
  const listPages = async (folder: string) =>
    (await readdir(path.join(values.dist, folder), { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isDirectory() && existsSync(path.join(values.dist, folder, e.name, 'index.html')))
      .map((e) => e.name)
      .sort();
  const communities = await listPages('communities');
  const unknown = positionals.filter((slug) => !communities.includes(slug));
  if (unknown.length > 0) {
    throw new CommandError(`没有这些社区页面：${unknown.join('、')}（可用：${communities.slice(0, 10).join('、')}${communities.length > 10 ? ' …' : ''}）`, 1);
  }
  const pages = [...(await listPages('reports')).map((slug) => `reports/${slug}`), ...(positionals.length > 0 ? positionals : communities).map((slug) => `communities/${slug}`)];

  await mkdir(values.out, { recursive: true });
  const server = await serveStatic(values.dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 1400 } });
    const page = await context.newPage();
    for (const [i, sitePath] of pages.entries()) {
      const file = path.join(values.out, `${sitePath.replace('/', '-')}.pdf`);
      process.stdout.write(`[${i + 1}/${pages.length}] ${sitePath} → ${file}\n`);
      await page.goto(`${server.origin}/${sitePath}/`, { waitUntil: 'load' });
      await drawAllCharts(page);
      await page.emulateMedia({ media: 'print' });
      // The site's print script redraws charts at the printed width on this event.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
    }
    console.log(`完成：${pages.length} 个 PDF 文件在 ${values.out}/`);
  } finally {
    await browser.close();
    await server.close();
  }
});
