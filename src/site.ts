import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { getStrings } from './lib/i18n/index.ts';
import type { DistrictFigures } from './lib/model.ts';
import type { Problem } from './lib/problems.ts';
import type { Site } from './lib/schema.ts';
import type { Chart } from './lib/charts/build.ts';
import type { MapChart } from './lib/geo/map.ts';
import type { DistrictMedians } from './lib/charts/builtin.ts';
import type { CompletenessSummary } from './lib/completeness.ts';
import { summarizeCompleteness } from './lib/completeness.ts';
import { getContentDir } from './settings.ts';
import { getCityContext } from './city-context.ts';

// The shell's one door to the content collections: pages ask here, never loop on their own.

export type CommunityEntry = CollectionEntry<'communities'>;
export type ReportEntry = CollectionEntry<'reports'>;

type SiteView = { site: Site; district: DistrictFigures; medians: DistrictMedians; t: ReturnType<typeof getStrings>; uiLang: 'en' | undefined };

// A build's store does not change while it renders, and about twenty components of every page
// ask for the site (and chart lookups for what it holds): a build reads the entry once.
// `npm run dev` reads it on every request, so an edit shows.
const askSiteEntry = () => getEntry('site', 'site');
let builtSiteEntry: ReturnType<typeof askSiteEntry> | undefined;

function readSiteEntry(): ReturnType<typeof askSiteEntry> {
  if (import.meta.env.DEV) return askSiteEntry();
  return (builtSiteEntry ??= askSiteEntry());
}

/** The site settings, the district's figures and the interface text. */
export async function getSite(): Promise<SiteView> {
  const entry = await readSiteEntry();
  if (!entry) throw new Error('site.yaml was not loaded: run `npm run validate` to see why');
  const { figures, medians, problems: _problems, errorCount: _errors, warningCount: _warnings, holds: _holds, ...site } = entry.data;
  // Pages keep lang="zh-CN" for the content; English interface text says it is English.
  const uiLang = site.locale === 'en' ? ('en' as const) : undefined;
  return { site, district: figures as unknown as DistrictFigures, medians: (medians ?? {}) as unknown as DistrictMedians, t: getStrings(site.locale), uiLang };
}

/** In `npm run dev`: the content's first errors, and how many errors and warnings there are in all. */
export async function getDevProblems(): Promise<{ problems: Problem[]; errorCount: number; warningCount: number }> {
  const data = (await readSiteEntry())?.data;
  return { problems: data?.problems ?? [], errorCount: data?.errorCount ?? 0, warningCount: data?.warningCount ?? 0 };
}

/** Published communities, ordered by street then name as the directory lists them. */
export async function getCommunities(): Promise<CommunityEntry[]> {
  if ((await getHoldings()).communities === 0) return [];
  const entries = await getCollection('communities');
  return entries.sort((a, b) => a.data.street.localeCompare(b.data.street, 'zh-CN') || a.data.name.localeCompare(b.data.name, 'zh-CN'));
}

/** Reports by `order`, then newest first; drafts only in `npm run dev`. */
export async function getReports(): Promise<ReportEntry[]> {
  if ((await getHoldings()).reports === 0) return [];
  const entries = await getCollection('reports', (r) => import.meta.env.DEV || !r.data.draft);
  return entries.sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || b.data.date.localeCompare(a.data.date));
}

let siteKey: string | undefined;

/**
 * A page's key for Astro's incremental build: a page whose key and code are unchanged since
 * the last build is copied from it instead of rendered. The key covers what every page reads
 * (the content folder, the settings, the district medians) plus `parts`, which name what this
 * page reads of its own (entry digests, neighbours). The district's totals are not in it: no
 * page with a key shows them.
 */
export async function getPageCacheKey(...parts: (string | number | undefined)[]): Promise<string> {
  if (siteKey === undefined) {
    const { site, medians } = await getSite();
    siteKey = hash(JSON.stringify({ content: getContentDir(), city: getCityContext(), site, medians }));
  }
  return hash([siteKey, ...parts.map((part) => String(part ?? ''))].join('\0'));
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** A site path with the configured base in front. */
export function href(sitePath: string): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '') + sitePath;
}

/** One of the district's charts by its id (src/lib/charts/ids.ts), as the loaders stored it; a lookup, not a scan. */
export async function getChart(id: string): Promise<Chart | undefined> {
  if (!(await getHoldings()).charts.includes(id)) return undefined;
  return (await getEntry('charts', id))?.data;
}

/** The content/data tables, by name. */
export async function getTables(): Promise<CollectionEntry<'tables'>[]> {
  if ((await getHoldings()).tables === 0) return [];
  return getCollection('tables');
}

/**
 * What the collections hold. A page asking Astro for an empty collection or a missing entry
 * gets an English warning in the editor's terminal ("does not exist or is empty"): ask here first.
 */
async function getHoldings(): Promise<{ communities: number; reports: number; tables: number; charts: string[] }> {
  return (await readSiteEntry())?.data.holds ?? { communities: 0, reports: 0, tables: 0, charts: [] };
}

/** A map by its chart id (`overview-map`, or a street's: see getStreetMapId); a lookup, not a scan. */
export async function getMapChart(id: string): Promise<MapChart | undefined> {
  const chart = await getChart(id);
  return chart?.map ? (chart as MapChart) : undefined;
}

/** What each published community still lacks, in directory order, for `/data/completeness/`. */
export async function getCompleteness(): Promise<CompletenessSummary> {
  const [{ site }, communities] = await Promise.all([getSite(), getCommunities()]);
  return summarizeCompleteness(
    communities.map((c) => ({ slug: c.id, data: c.data })),
    site.period,
  );
}
