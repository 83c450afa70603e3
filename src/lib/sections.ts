import type { Strings } from './i18n/index.ts';
import type { Heading } from './markdown/headings.ts';
import type { Community } from './schema.ts';

/**
 * The table of contents of a community page, in the fixed order every community page follows
 * (profile → standards → funding → services → satisfaction → milestones → narrative). Sections
 * without data are left out.
 */
export function getCommunitySections(c: Community, t: Strings, narrative: readonly Heading[]): Heading[] {
  const sections: [string, string, boolean][] = [
    ['profile', t.community.profile, true],
    ['standards', t.community.standards, true],
    ['funding', t.community.funding, c.funding.length > 0],
    ['services', t.community.services, c.services.length > 0],
    ['satisfaction', t.community.satisfaction, c.satisfaction.length > 0],
    ['milestones', t.community.milestones, c.milestones.length > 0],
  ];
  const chapters = narrative.filter((h) => h.depth === 2);
  return [
    ...sections.filter(([, , shown]) => shown).map(([slug, text]) => ({ depth: 2, slug, text })),
    // A narrative with its own chapters (基本情况, 主要做法 …) lists them; one without gets a heading.
    ...(chapters.length > 0 ? chapters : [{ depth: 2, slug: 'narrative', text: t.community.narrative }]),
  ];
}
