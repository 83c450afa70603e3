import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readCmsEntry, writeCmsEntry } from '../../../src/lib/admin/cms-format.ts';
import { parseFields } from '../../../src/lib/fields.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { communitySchema, reportSchema } from '../../../src/lib/schema.ts';

const communities = (await readdir('content/communities')).map((name) => `content/communities/${name}`);
const reports = (await readdir('content/reports')).map((name) => `content/reports/${name}`);

/** What the project reads from a file: the checked data, the body and the problems. */
function readAsProject(text: string, file: string, schema: typeof communitySchema | typeof reportSchema) {
  const split = splitFrontmatter(text, file);
  if ('problem' in split) throw new Error(split.problem.message);
  const { data, problems } = parseFields(schema, split.yaml, file, { draft: (split.yaml.data as { draft?: unknown }).draft === true });
  return { data, body: split.body, problems: problems.map((p) => p.message) };
}

describe('writeCmsEntry', () => {
  test.each([...communities.map((file) => [file, communitySchema] as const), ...reports.map((file) => [file, reportSchema] as const)])('writes %s, as the CMS form read it, back to the same data with no new problem', async (file, schema) => {
    const text = await readFile(file, 'utf8');
    const written = writeCmsEntry(readCmsEntry(text), schema);
    expect(readAsProject(written, file, schema)).toEqual(readAsProject(text, file, schema));
  });

  test('leaves a sample community byte for byte as it was when nothing changed', async () => {
    const text = await readFile('content/communities/liuyuan.md', 'utf8');
    expect(writeCmsEntry(readCmsEntry(text), communitySchema)).toBe(text);
  });

  test('changes only the line of the value the editor changed', async () => {
    const text = await readFile('content/communities/liuyuan.md', 'utf8');
    const written = writeCmsEntry({ ...readCmsEntry(text), households: 3650 }, communitySchema);
    expect(written).toBe(text.replace('households: 3600', 'households: 3650'));
  });

  test.each([
    ['a bare status', { standards: { organization: { status: 'met' } } }, 'standards:\n  organization: met\n'],
    ['a status with a note', { standards: { team: { status: 'partial', note: '缺 1 名' } } }, 'standards:\n  team: { status: partial, note: 缺 1 名 }\n'],
    ['empty optional values', { name: '青石社区', grids: null, cover: '', partners: [] }, 'name: 青石社区\n'],
    ['a draft', { name: '青石社区', draft: true }, 'name: 青石社区\ndraft: true\n'],
    ['a published entry', { name: '青石社区', draft: false }, 'name: 青石社区\n'],
    ['keys out of contract order', { street: '城关街道', name: '青石社区' }, 'name: 青石社区\nstreet: 城关街道\n'],
  ])('writes %s', (_, entry, frontmatter) => {
    expect(writeCmsEntry({ ...entry, body: '正文\n' }, communitySchema)).toBe(`---\n${frontmatter}---\n正文\n`);
  });
});

describe('readCmsEntry', () => {
  test('keeps dates as text, gives bare statuses their object form and marks a missing draft as published', () => {
    expect(readCmsEntry('---\nname: 青石社区\nstandards:\n  venue: met\nmilestones:\n  - { date: 2019-06-01, title: 完工 }\n---\n正文\n')).toEqual({
      name: '青石社区',
      standards: { venue: { status: 'met' } },
      milestones: [{ date: '2019-06-01', title: '完工' }],
      draft: false,
      body: '正文\n',
    });
  });
});
