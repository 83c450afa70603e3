// What the browser tools (`pdf`, `lighthouse`) need before they start: Debian's Chromium and a
// built site. Said in one line each, the same words from both tools.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, isChromiumInstalled } from './chromium.ts';

/** Why a browser tool cannot run over `dist`, or nothing when it can. */
export function findMissingForBrowser(dist: string): string | undefined {
  if (!isChromiumInstalled()) return `找不到 Chromium（${CHROMIUM}）。请先安装：apt-get install -y chromium，或用 CHROMIUM_PATH 指向已安装的 Chromium。`;
  if (!existsSync(path.join(dist, 'index.html'))) return `${dist}/ 里没有构建好的站点：请先运行 npm run build。`;
  return undefined;
}
