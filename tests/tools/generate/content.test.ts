import { describe, expect, test } from 'vitest';
import { planContent, splitIntoStreets } from '../../../src/tools/generate/index.ts';
import { measureNarrative, NARRATIVE_LENGTH } from '../../../src/tools/generate/narrative.ts';
import { createRandom } from '../../../src/tools/generate/random.ts';
import { communitySchema, reportSchema, siteSchema } from '../../../src/lib/schema.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { parseYaml } from '../../../src/lib/yaml.ts';

const plan = planContent({ communities: 600, seed: 5 });
const files = [...plan.files()];
const text = (file: string) => files.find((f) => f.path === file)!.contents as string;
const communityFiles = files.filter((f) => f.path.startsWith('communities/'));

describe('splitIntoStreets', () => {
  test.each([1, 49, 200, 1000, 10_000])('splits %s communities into streets that add up', (total) => {
    const streets = Math.max(1, Math.round(total / 120));
    const sizes = splitIntoStreets(total, streets, createRandom(1));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
    if (total >= 1000) for (const size of sizes) expect(size).toBeGreaterThanOrEqual(40);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(Math.max(total, 200));
  });
});

describe('planContent', () => {
  test('plans site.yaml, three covers, four tables with descriptions, ten reports and every community', () => {
    expect(plan.fileCount).toBe(files.length);
    expect(files.filter((f) => f.path.startsWith('reports/'))).toHaveLength(10);
    expect(
      files
        .filter((f) => f.path.startsWith('data/'))
        .map((f) => f.path)
        .sort(),
    ).toEqual(['data/special-funds-use.csv', 'data/special-funds-use.yaml', 'data/street-summary.csv', 'data/street-summary.yaml', 'data/survey-age.csv', 'data/survey-age.yaml', 'data/training.csv', 'data/training.yaml']);
    expect(files.filter((f) => f.path.startsWith('media/'))).toHaveLength(3);
    expect(communityFiles).toHaveLength(600);
    expect(siteSchema.safeParse(parseYaml(text('site.yaml'), 'site.yaml').data).success).toBe(true);
  });

  test('refuses a count that is not a whole number of at least 1', () => {
    expect(() => planContent({ communities: 0, seed: 1 })).toThrow('communities');
    expect(() => planContent({ communities: 2.5, seed: 1 })).toThrow('communities');
  });

  test('spreads communities over streets of about 50–200', () => {
    const counts = new Map<string, number>();
    for (const c of plan.communities) counts.set(c.street.name, (counts.get(c.street.name) ?? 0) + 1);
    expect(counts.size).toBe(plan.streets.length);
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(40);
    for (const count of counts.values()) expect(count).toBeLessThanOrEqual(200);
  });

  test('writes frontmatter that the contract accepts, and reports likewise', () => {
    for (const file of [...communityFiles, ...files.filter((f) => f.path.startsWith('reports/'))]) {
      const split = splitFrontmatter(file.contents as string, file.path);
      if ('problem' in split) throw new Error(split.problem.message);
      const schema = file.path.startsWith('reports/') ? reportSchema : communitySchema;
      expect(schema.safeParse(split.yaml.data).error?.issues ?? []).toEqual([]);
    }
  });

  test('uses every field of the contract somewhere, drafts and covers included', () => {
    const used = new Set(
      plan.communities.flatMap((c) =>
        Object.entries(c.facts)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k),
      ),
    );
    const fields = Object.keys(communitySchema.shape);
    expect(fields.filter((f) => !used.has(f))).toEqual([]);
    expect(plan.communities.some((c) => c.facts.draft === true)).toBe(true);
    expect(plan.communities.some((c) => c.facts.cover)).toBe(true);
  });

  test('writes narratives of 300–1,500 characters with the five sections, a chart block and inline values', () => {
    for (const file of communityFiles) {
      const body = (file.contents as string).split('\n---\n').slice(1).join('\n---\n');
      const length = measureNarrative(body);
      expect(length).toBeGreaterThanOrEqual(NARRATIVE_LENGTH.min);
      expect(length).toBeLessThanOrEqual(NARRATIVE_LENGTH.max);
      expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['基本情况', '主要做法', '取得成效', '存在问题', '下一步打算']);
      expect(body).toMatch(/```chart\n[\s\S]*from: community\.(funding|satisfaction)\n[\s\S]*```/);
      expect(body).toContain('{{ community.households | int }}');
    }
  });

  test('writes narratives that differ from one another', () => {
    const bodies = communityFiles.map((f) => (f.contents as string).split('\n---\n')[1].replace(/\S+社区/g, ''));
    expect(new Set(bodies).size).toBe(bodies.length);
    const openings = communityFiles.map((f) => /## 主要做法\n\n(.{20})/.exec(f.contents as string)?.[1]);
    expect(new Set(openings).size).toBeGreaterThan(openings.length * 0.5);
  });

  test('links only to published communities', () => {
    const published = new Set(plan.communities.filter((c) => !c.facts.draft).map((c) => c.slug));
    const links = files.flatMap((f) => (typeof f.contents === 'string' ? [...f.contents.matchAll(/\]\(\/communities\/([^/]+)\/\)/g)].map((m) => m[1]) : []));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((slug) => !published.has(slug))).toEqual([]);
  });

  test('is deterministic: the same seed plans the same files, another seed others', () => {
    const again = [...planContent({ communities: 600, seed: 5 }).files()];
    expect(again).toEqual(files);
    const other = [...planContent({ communities: 600, seed: 6 }).files()];
    expect(other.map((f) => f.contents)).not.toEqual(files.map((f) => f.contents));
  });
});
