import type { GeneratedCommunity } from './community.ts';
import { addMilestones, createCommunityFacts } from './community.ts';
import { createCoverPng } from './media.ts';
import type { Street } from './names.ts';
import { createCommunityNamer, createStreets } from './names.ts';
import { createNarrative } from './narrative.ts';
import { createRandom, deriveSeed } from './random.ts';
import { createReports } from './reports.ts';
import { createSite } from './site.ts';
import { createTables } from './tables.ts';
import { formatMarkdownFile, formatYamlMap } from '../../lib/yaml-writer.ts';
import type { YamlValue } from '../../lib/yaml-writer.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Number of community files (a few of them drafts). */
  communities: number;
  /** Seed of every random choice: the same seed gives the same files. */
  seed: number;
}

/** One file of the content folder, its path relative to the folder. */
export interface GeneratedFile {
  path: string;
  contents: string | Uint8Array;
}

/** A synthetic content folder, planned: facts are decided, file text is written on demand. */
export interface ContentPlan {
  streets: Street[];
  communities: GeneratedCommunity[];
  /** How many files `files()` yields. */
  fileCount: number;
  /** Every file: site.yaml, media, data tables, reports, then one file per community. */
  files(): Generator<GeneratedFile>;
}

/** Average communities per street; streets come out between about 50 and 200. */
const PER_STREET = { min: 50, max: 200, mean: 120 } as const;
const COVERS: readonly (readonly [number, number, number])[][] = [
  [
    [196, 84, 60],
    [247, 205, 122],
  ],
  [
    [46, 110, 142],
    [170, 214, 200],
  ],
  [
    [92, 122, 64],
    [226, 222, 160],
  ],
];

/**
 * Plans a valid synthetic content folder: site.yaml with six standards and targets, streets of
 * about 50–200 communities, communities using every field of the contract with narratives of
 * 300–1,500 characters and a chart block, ten reports and four data tables. Each community has
 * its own random stream, so its file does not depend on the order files are written in.
 */
export function planContent({ communities: count, seed }: GenerateOptions): ContentPlan {
  if (!Number.isInteger(count) || count < 1) throw new Error(`communities must be a whole number ≥ 1, got ${count}`);
  const streetRandom = createRandom(deriveSeed(seed, 'streets'));
  const streets = createStreets(streetRandom, Math.max(1, Math.round(count / PER_STREET.mean)));
  const sizes = splitIntoStreets(count, streets.length, streetRandom);
  const covers = COVERS.map((_, i) => `../media/cover-${i + 1}.png`);
  const nameRandom = createRandom(deriveSeed(seed, 'names'));
  const namer = createCommunityNamer();

  const communities: GeneratedCommunity[] = [];
  streets.forEach((street, s) => {
    for (let k = 0; k < sizes[s]; k++) {
      const i = communities.length;
      const random = createRandom(deriveSeed(seed, 'community', i));
      const { name, slug } = namer(nameRandom);
      // The first community is always published and surveyed, so district figures have values.
      const draft = i > 0 && random.chance(0.01);
      const facts = addMilestones(random, createCommunityFacts(random, { name, street, covers, draft, surveyed: i === 0 }));
      communities.push({ slug, street, facts });
    }
  });

  const published = communities.filter((c) => !c.facts.draft);
  const byStreet = new Map<string, GeneratedCommunity[]>();
  for (const c of published) byStreet.set(c.street.name, [...(byStreet.get(c.street.name) ?? []), c]);
  const links = published.map((c) => ({ name: c.facts.name, slug: c.slug }));
  const tables = createTables(createRandom(deriveSeed(seed, 'tables')), published);
  const reports = createReports(createRandom(deriveSeed(seed, 'reports')), links);

  function* files(): Generator<GeneratedFile> {
    yield { path: 'site.yaml', contents: formatYamlMap(createSite(published.length, streets.length) as unknown as Record<string, YamlValue>) };
    for (const [i, [from, to]] of COVERS.entries()) yield { path: `media/cover-${i + 1}.png`, contents: createCoverPng(640, 360, from, to) };
    for (const table of tables) {
      yield { path: `data/${table.name}.csv`, contents: table.csv };
      yield { path: `data/${table.name}.yaml`, contents: formatYamlMap(table.description) };
    }
    for (const report of reports) yield { path: `reports/${report.slug}.md`, contents: formatMarkdownFile(report.frontmatter as unknown as Record<string, YamlValue>, report.body) };
    for (const community of communities) {
      const random = createRandom(deriveSeed(seed, 'narrative', community.slug));
      const neighbours = (byStreet.get(community.street.name) ?? []).filter((c) => c.slug !== community.slug);
      const neighbour = neighbours.length > 0 ? random.pick(neighbours) : undefined;
      const body = createNarrative({ random, facts: community.facts, street: community.street, neighbour: neighbour && { name: neighbour.facts.name, slug: neighbour.slug } });
      yield { path: `communities/${community.slug}.md`, contents: formatMarkdownFile(community.facts as unknown as Record<string, YamlValue>, body) };
    }
  }

  return { streets, communities, fileCount: 1 + COVERS.length + tables.length * 2 + reports.length + communities.length, files };
}

/** Splits `total` communities over `streets` streets, each share drawn between the bounds, then scaled to add up. */
export function splitIntoStreets(total: number, streets: number, random: ReturnType<typeof createRandom>): number[] {
  const raw = Array.from({ length: streets }, () => random.int(PER_STREET.min, PER_STREET.max));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => Math.max(1, Math.floor(r * scale)));
  // Hand out what flooring left over (or take back what the minimum of 1 added), street by street.
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % streets) {
    if (rest > 0) {
      sizes[i]++;
      rest--;
    } else if (sizes[i] > 1) {
      sizes[i]--;
      rest++;
    }
  }
  return sizes;
}
