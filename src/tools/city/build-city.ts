import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CitySettings } from '../../lib/city/city-file.ts';
import type { CityInput } from '../../lib/city/model.ts';
import { buildCityModel } from '../../lib/city/model.ts';
import { readDataPackage } from '../../lib/city/data-package.ts';
import { formatLockWait, releaseLockOnExit, waitForLock } from '../build-lock.ts';
import { isFailing } from '../../lib/problems.ts';
import { formatReport } from '../problem-report.ts';
import { checkCity } from './check-city.ts';
import { computeDistrictKey } from './district-key.ts';
import { prepareDistrictContent } from './district-content.ts';
import { linkTree } from './link-tree.ts';
import { findContentPath } from '../admin/index.ts';
import { renderCityPages } from './city-pages.ts';
import { writeCitySitemap } from './city-sitemap.ts';

/** What a city build is given. */
export interface CityBuildOptions {
  cityDir: string;
  /** The finished site's folder is swapped in by the caller; this one is filled. */
  staging: string;
  checkout: string;
  /** Where districts' builds are kept between runs (each city in a folder of its own). */
  cacheDir: string;
  strict: boolean;
  verbose: boolean;
  quiet: boolean;
}

/** What a city build did: which districts were built again and which were reused. */
export interface CityBuildResult {
  status: number;
  rebuilt: string[];
  reused: string[];
  communities: number;
  reports: number;
}

/**
 * Builds a city into `staging`: checks everything first (nothing is built when any district has
 * an error), builds each changed `content` district with the district pipeline under
 * `/<slug>/` (an unchanged one is reused from its last build), then the city's own pages from
 * the districts' published data packages.
 */
export async function buildCity(options: CityBuildOptions): Promise<CityBuildResult> {
  const { cityDir, staging, checkout } = options;
  const log = (line: string) => options.quiet || console.log(line);
  const checked = await checkCity(cityDir);
  const empty = { rebuilt: [], reused: [], communities: 0, reports: 0 };
  if (checked.problems.length > 0) console.log(formatReport(checked.problems, checked.counts, options.strict));
  if (!checked.settings || isFailing(checked.problems, options.strict)) {
    console.error('构建已停止：市或区的内容有问题，未写入任何文件（输出文件夹保持不变）。');
    return { status: 1, ...empty };
  }
  const settings = checked.settings;
  const cacheRoot = path.join(options.cacheDir, createHash('sha1').update(path.resolve(cityDir)).digest('hex').slice(0, 12));
  const cityBase = settings.base.replace(/\/?$/, '/');
  const context = { title: settings.title, home: cityBase };
  const result: CityBuildResult = { status: 0, ...empty, rebuilt: [], reused: [] };
  const inputs: CityInput[] = [];
  for (const district of settings.districts) {
    if (district.kind === 'data') {
      inputs.push({ slug: district.slug, kind: 'data', href: district.url!.replace(/\/?$/, '/'), data: checked.packages.get(district.slug)! });
      continue;
    }
    const home = path.join(cacheRoot, district.slug);
    const site = path.join(home, 'site');
    const base = `${cityBase}${district.slug}/`;
    // Where the folder sits in its repository is in the key too: the district's /admin/ names it.
    const key = await computeDistrictKey(district.folder, checkout, { context, base, url: settings.url, strict: options.strict, editors: findContentPath(district.folder) });
    const keyFile = path.join(home, 'key');
    const lastKey = await readFile(keyFile, 'utf8').catch(() => '');
    if (lastKey === key && existsSync(path.join(site, 'index.html'))) {
      result.reused.push(district.slug);
      log(`区 ${district.slug}：内容和程序都没有变，沿用上次的构建`);
    } else {
      log(`区 ${district.slug}：构建 ${district.folder} → /${district.slug}/`);
      await mkdir(home, { recursive: true });
      await rm(keyFile, { force: true });
      const content = path.join(home, 'content');
      await prepareDistrictContent(district.folder, content, { base, url: settings.url });
      const status = await runDistrictBuild(checkout, { content, editors: district.folder }, site, context, options);
      if (status !== 0) {
        console.error(`构建已停止：区 ${district.slug}（${district.folder}）构建失败，输出文件夹保持不变。`);
        return { ...result, status };
      }
      await writeFile(keyFile, key);
      result.rebuilt.push(district.slug);
    }
    const read = await readDataPackage(path.join(site, 'data'), district, path.join(cityDir, 'city.yaml'));
    if (!read.data) throw new Error(read.problems.map((p) => p.message).join('\n'));
    inputs.push({ slug: district.slug, kind: 'content', href: base, data: read.data });
  }
  const model = buildCityModel(inputs);
  result.communities = model.totals.communities;
  result.reports = model.reports.length;
  const pages = path.join(cacheRoot, 'city-pages');
  // The city pages share the checkout's Astro with district builds: one at a time. Taken only
  // now, as every district build (a child taking this lock itself) has ended.
  const lock = path.join(checkout, 'node_modules', '.cache', 'shequ-build.lock');
  releaseLockOnExit(lock);
  await waitForLock(lock, { pid: process.pid, out: staging }, (holder) => console.warn(formatLockWait(holder, process.cwd())));
  await renderCityPages({ checkout, settings, model, inputs, outDir: pages, cacheRoot, quiet: options.quiet });
  await rm(staging, { recursive: true, force: true });
  await linkTree(pages, staging);
  for (const input of inputs.filter((i) => i.kind === 'content')) await linkTree(path.join(cacheRoot, input.slug, 'site'), path.join(staging, input.slug), (name) => name === '.shequ-build');
  if (settings.url) await writeCitySitemap(staging, settings, inputs);
  return result;
}

/**
 * Builds one district with the district pipeline (`npm run build`), in a child process, from the
 * prepared copy `content`; its /admin/ edits the editors' own folder.
 */
function runDistrictBuild(checkout: string, { content, editors }: { content: string; editors: string }, out: string, context: { title: string; home: string }, options: CityBuildOptions): Promise<number> {
  const args = [path.join(checkout, 'scripts', 'build.ts'), '--content', content, '--out', out, ...(options.strict ? ['--strict'] : []), ...(options.verbose ? ['--verbose'] : [])];
  const env = { ...process.env, SHEQU_CITY: JSON.stringify(context), SHEQU_CONTENT: content, SHEQU_EDITORS_CONTENT: path.resolve(editors), SHEQU_ASTRO_CACHE_DIR: path.join(path.dirname(content), 'astro-cache') };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'], env, cwd: checkout });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The settings a city page build reads (also for tests). */
export type { CitySettings };
