import type { CommunityInput } from './community.ts';
import type { NarrativeContext, SectionDraft } from './phrases.ts';
import { draftSections } from './phrases.ts';
import { roundTo } from './random.ts';
import { TARGETS } from './site.ts';
import { formatScalar } from '../../lib/yaml-writer.ts';

/** The shortest and longest narrative, in characters, chart block excluded. */
export const NARRATIVE_LENGTH = { min: 300, max: 1500 } as const;

// How a section's share of the narrative is weighted: practices and results carry the most.
const WEIGHTS = [2, 4, 3, 1.5, 1.5];
const FOOTNOTE = '[^1]: 户数、人口和党员人数来自社区台账，服务用房面积按实测面积计算。';

/**
 * Writes a community's narrative: the five usual sections, filled with sentences until a
 * length drawn between 300 and 1,500 characters is reached, and one chart block reading the
 * community's own funding or surveys.
 */
export function createNarrative(context: NarrativeContext): string {
  const { random } = context;
  const target = random.int(NARRATIVE_LENGTH.min, NARRATIVE_LENGTH.max);
  const paragraphSize = random.int(2, 4);
  const sections = draftSections(context);
  const chosen: Chosen[] = sections.map((s) => ({ draft: s, sentences: [s.sentences[0]], blocks: [] }));
  const measure = () => measureNarrative(renderBody(chosen, paragraphSize));
  let length = measure();
  // Blocks (lists, tables, links) and sentences compete for the same budget, picked by weight.
  const pending = sections.map((s, i) => [...s.blocks.map((b) => ({ i, text: b, block: true })), ...s.sentences.slice(1).map((t) => ({ i, text: t, block: false }))]);
  while (length < target) {
    const open = pending.map((items, i) => [i, items.length > 0 ? WEIGHTS[i] : 0] as const).filter(([, w]) => w > 0);
    if (open.length === 0) break;
    const item = pending[random.weighted(open)].shift()!;
    const list = item.block ? chosen[item.i].blocks : chosen[item.i].sentences;
    list.push(item.text);
    const grown = measure();
    // Past the target only while still under the minimum; never past the maximum.
    if ((grown > target && length >= NARRATIVE_LENGTH.min) || grown > NARRATIVE_LENGTH.max) list.pop();
    else length = grown;
  }
  return renderBody(chosen, paragraphSize, createChartBlock(context));
}

interface Chosen {
  draft: SectionDraft;
  sentences: string[];
  blocks: string[];
}

function renderBody(chosen: Chosen[], paragraphSize: number, chart?: { kind: 'funding' | 'satisfaction'; text: string }): string {
  const chartSection = chart?.kind === 'funding' ? 1 : 2;
  const text = chosen.map(({ draft, sentences, blocks }, i) => [`## ${draft.heading}`, ...groupParagraphs(sentences, paragraphSize), ...blocks, ...(chart && i === chartSection ? [chart.text] : [])].join('\n\n')).join('\n\n');
  return `${text}\n${text.includes('[^1]') ? `\n${FOOTNOTE}\n` : ''}`;
}

/** The narrative's length as the contract counts it: every character but the chart block. */
export function measureNarrative(body: string): number {
  // The block goes with the blank lines around it, so a body measures the same with and without it.
  return [...body.replace(/\n*```chart\n[\s\S]*?\n```\n*/g, '\n\n')].length;
}

function groupParagraphs(sentences: string[], size: number): string[] {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += size) paragraphs.push(sentences.slice(i, i + size).join(''));
  return paragraphs;
}

/** One ```chart block from the community's own funding or surveys, titled with what it shows. */
function createChartBlock({ random, facts }: NarrativeContext): { kind: 'funding' | 'satisfaction'; text: string } {
  const surveys = facts.satisfaction ?? [];
  if (surveys.length >= 2 && random.chance(0.5)) {
    const first = surveys[0];
    const last = surveys[surveys.length - 1];
    const title = random.pick([
      last.pct > first.pct ? `居民满意度从${first.year}年的${first.pct}%升至${last.year}年的${last.pct}%` : `居民满意度${last.year}年为${last.pct}%`,
      last.pct >= TARGETS.satisfaction_pct ? `居民满意度已达到${TARGETS.satisfaction_pct}%的目标` : `居民满意度仍低于${TARGETS.satisfaction_pct}%的目标`,
      `${facts.name}历次居民满意度调查结果`,
    ]);
    const lines = ['type: line', `title: ${formatScalar(title)}`, 'from: community.satisfaction', 'x: year', 'y: pct'];
    if (random.chance(0.8)) lines.push('target: satisfaction_pct');
    if (random.chance(0.4)) lines.push(`caption: ${formatScalar(random.pick(['每次调查随机抽取居民入户访问。', '调查由街道委托第三方开展。']))}`);
    return { kind: 'satisfaction', text: fence(lines) };
  }
  const funding = facts.funding ?? [];
  const total = (row: NonNullable<CommunityInput['funding']>[number]) => roundTo((row.office ?? 0) + (row.party ?? 0) + (row.members ?? 0) + (row.special ?? 0) + (row.other ?? 0), 2);
  const first = funding[0];
  const last = funding[funding.length - 1];
  const title = random.pick([
    total(last) > total(first) ? `${first.year}—${last.year}年运转经费从${total(first)}万元增至${total(last)}万元` : `${facts.name}历年运转经费`,
    '公共服务专项资金到位后，运转经费明显增加',
    `${facts.name}历年运转经费（按来源）`,
  ]);
  const lines = random.chance(0.8)
    ? ['type: stacked-bar', `title: ${formatScalar(title)}`, 'from: community.funding', 'x: year', 'y: [office, party, members, special, other]']
    : ['type: bar', `title: ${formatScalar(title)}`, 'from: community.funding', 'x: year', 'y: total'];
  if (funding.some((row) => (row.other ?? 0) > 0)) lines.push(`caption: ${formatScalar(`“其他”一项为${facts.partners?.[0] ?? '共建单位'}等单位的资助。`)}`);
  return { kind: 'funding', text: fence(lines) };
}

function fence(lines: string[]): string {
  return ['```chart', ...lines, '```'].join('\n');
}
