import type { z } from 'astro/zod';
import type { communitySchema } from '../../lib/schema.ts';
import type { Street } from './names.ts';
import { pickPlaceWord, toChineseNumber } from './names.ts';
import type { Random } from './random.ts';
import { roundTo } from './random.ts';
import { PERIOD, SPECIAL_FUNDS_FROM, STANDARDS } from './site.ts';
import { DEMONSTRATION_NAMES, HIGHLIGHTS, MILESTONES, PARTNER_PATTERNS, ROOMS, SERVICES, STANDARD_NOTES } from './vocabulary.ts';

/** A community file's frontmatter as written (before defaults are applied). */
export type CommunityInput = z.input<typeof communitySchema>;

/** One synthetic community: where it lives and the facts its file states. */
export interface GeneratedCommunity {
  slug: string;
  street: Street;
  facts: CommunityInput;
}

/** Options that shape one community's facts. */
export interface FactOptions {
  name: string;
  street: Street;
  /** Shared cover images (paths relative to a community file), one of which a few communities use. */
  covers: readonly string[];
  /** A draft: complete facts (so `--strict` passes), but off the site. */
  draft: boolean;
  /** Forces at least one survey, so district satisfaction always has a value. */
  surveyed?: boolean;
}

const URBAN_TYPES = [
  ['老旧小区', 40],
  ['商品房小区', 35],
  ['单位型', 15],
  ['村改居', 10],
] as const;
const TOWN_TYPES = [
  ['农村社区', 55],
  ['村改居', 35],
  ['老旧小区', 10],
] as const;
const FOUNDED: Record<string, [number, number]> = {
  老旧小区: [1978, 2005],
  商品房小区: [1998, 2016],
  单位型: [1958, 1995],
  村改居: [2002, 2016],
  农村社区: [1984, 2012],
};

/** Makes up every fact of one community, each within the contract's rules. */
export function createCommunityFacts(random: Random, options: FactOptions): CommunityInput {
  const { street } = options;
  const type = random.weighted(street.kind === 'town' ? TOWN_TYPES : URBAN_TYPES);
  const rural = type === '农村社区' || type === '村改居';
  // A few communities were set up during the period: their yearly rows start later.
  const established = random.chance(0.06) ? random.int(PERIOD.from + 1, PERIOD.to - 2) : random.int(...FOUNDED[type]);
  const households = rural ? random.int(450, 2600) : random.int(1100, 6800);
  const population = Math.round(households * random.float(2.3, 3.3));
  const partyMembers = Math.max(3, Math.round(population * random.float(0.014, 0.036, 4)));
  const partners = random.chance(0.85) ? createPartners(random, street, random.int(1, 4)) : undefined;
  const firstYear = Math.max(PERIOD.from, established);
  return {
    name: options.name,
    street: street.name,
    type,
    demonstration: random.weighted([
      ['none', 74],
      ['district', 13],
      ['city', 8],
      ['province', 4],
      ['national', 1],
    ] as const),
    established,
    area_km2: rural ? random.float(2, 28, 1) : random.float(0.3, 3.6, 2),
    households,
    population,
    party_members: partyMembers,
    facility: {
      area_m2: Math.max(300, Math.round((households * random.float(0.16, 0.46, 3)) / 10) * 10),
      activity_share_pct: random.chance(0.9) ? random.int(45, 80) : undefined,
      rooms: random.chance(0.005) ? [] : [...(random.chance(0.9) ? ['一站式服务大厅'] : []), ...random.sample(ROOMS, random.int(2, 7))],
    },
    staff: {
      workers: Math.max(4, Math.round((population / 10000) * random.float(12, 24))),
      licensed_social_workers: random.chance(0.9) ? random.int(0, 6) : undefined,
      seconded_cadres: random.chance(0.7) ? random.int(0, 3) : undefined,
    },
    grids: random.chance(0.95) ? Math.max(2, Math.round(households / random.int(250, 420))) : undefined,
    volunteers: random.chance(0.95) ? Math.round(population * random.float(0.04, 0.16, 3)) : undefined,
    social_orgs: random.chance(0.9) ? random.int(2, 20) : undefined,
    partners,
    renovation: random.chance(0.8) ? { year: random.int(firstYear, PERIOD.to), cost_wan: random.float(40, 420, 1) } : undefined,
    funding: createFunding(random, firstYear, partyMembers),
    standards: Object.fromEntries(STANDARDS.map((s) => [s.id, createStanding(random, s.id)])),
    satisfaction: createSurveys(random, firstYear, options.surveyed ?? false),
    services: createServices(random, firstYear, partners ?? []),
    milestones: [],
    highlights: random.sample(HIGHLIGHTS, random.int(1, 4)),
    cover: random.chance(0.02) && options.covers.length > 0 ? random.pick(options.covers) : undefined,
    // `draft: false` is written by a few editors and left out by most.
    draft: options.draft ? true : random.chance(0.01) ? false : undefined,
  };
}

/** Adds the timeline, which reads the rest of the facts (rooms, services, partners, level). */
export function addMilestones(random: Random, facts: CommunityInput): CommunityInput {
  const firstYear = Math.max(PERIOD.from - 2, facts.established ?? PERIOD.from);
  const titles = random.sample(MILESTONES, random.int(1, 5)).map((title) =>
    title
      .replace('{room}', random.pick(facts.facility.rooms.length > 0 ? facts.facility.rooms : ['党群服务中心']))
      .replace('{service}', random.pick(facts.services?.map((s) => s.name) ?? ['居民服务']))
      .replace('{partner}', random.pick(facts.partners ?? ['驻区单位'])),
  );
  const level = facts.demonstration && facts.demonstration !== 'none' ? facts.demonstration : undefined;
  if (level) titles.push(`被命名为${DEMONSTRATION_NAMES[level]}示范社区`);
  const dates = titles.map(() => formatDate(random.int(firstYear, PERIOD.to), random.int(1, 12), random.int(1, 28))).sort();
  return { ...facts, milestones: titles.map((title, i) => ({ date: dates[i], title })) };
}

function createPartners(random: Random, street: Street, count: number): string[] {
  const kinds = Object.keys(PARTNER_PATTERNS) as (keyof typeof PARTNER_PATTERNS)[];
  const names = new Set<string>();
  for (let i = 0; i < count * 3 && names.size < count; i++) {
    names.add(
      random
        .pick(PARTNER_PATTERNS[random.pick(kinds)])
        .replace('{s}', street.short)
        .replace('{p}', pickPlaceWord(random))
        .replace('{n}', toChineseNumber(random.int(1, 6))),
    );
  }
  return [...names];
}

function createFunding(random: Random, firstYear: number, partyMembers: number): CommunityInput['funding'] {
  const office = random.weighted([
    [3, 8],
    [3.5, 1],
    [4, 1],
  ] as const);
  const members = roundTo(partyMembers * 0.01, 2);
  const rows = [];
  for (let year = firstYear; year <= PERIOD.to; year++) {
    const other = random.chance(0.08) ? random.float(2, 60, 1) : 0;
    // `other: 0` is written out by some editors and left to its default by others.
    rows.push({ year, office, party: 1, members, special: year >= SPECIAL_FUNDS_FROM ? 20 : 0, other: other > 0 || random.chance(0.5) ? other : undefined });
  }
  return rows;
}

function createStanding(random: Random, id: string): NonNullable<CommunityInput['standards']>[string] {
  const status = random.weighted([
    ['met', 72],
    ['partial', 20],
    ['unmet', 8],
  ] as const);
  if (status === 'met' || random.chance(0.2)) return status;
  return { status, note: random.pick(STANDARD_NOTES[id]) };
}

function createSurveys(random: Random, firstYear: number, surveyed: boolean): CommunityInput['satisfaction'] {
  if (!surveyed && random.chance(0.05)) return undefined;
  const years = Array.from({ length: PERIOD.to - Math.max(firstYear, PERIOD.from + 1) + 1 }, (_, i) => Math.max(firstYear, PERIOD.from + 1) + i);
  const chosen = random.sample(years, random.int(Math.min(2, years.length), Math.min(5, years.length))).sort((a, b) => a - b);
  let pct = random.float(68, 88, 1);
  return chosen.map((year) => {
    pct = Math.min(98.5, roundTo(pct + random.float(-1.5, 4.5, 1), 1));
    return { year, pct, sample: random.chance(0.85) ? random.int(12, 50) * 10 : undefined };
  });
}

function createServices(random: Random, firstYear: number, partners: readonly string[]): CommunityInput['services'] {
  return random.sample(SERVICES, random.int(1, 5)).map((service) => {
    const year = random.int(firstYear, PERIOD.to);
    const month = random.int(1, 12);
    return {
      name: service.name,
      // Months are written as YYYY-MM, sometimes with a day.
      since: random.chance(0.85) ? `${year}-${pad(month)}` : formatDate(year, month, random.int(1, 28)),
      beneficiaries: random.chance(0.85) ? random.int(3, 300) * 10 : undefined,
      partner: partners.length > 0 && random.chance(0.5) ? random.pick(partners) : undefined,
    };
  });
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
