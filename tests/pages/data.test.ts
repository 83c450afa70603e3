import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';

const read = (file: string) => readFile(path.join(inject('sampleDist'), file), 'utf8');

describe('the data page and its downloads (the sample district)', () => {
  test('all community facts download as one CSV with a BOM, one row per community', async () => {
    const csv = await read('data/communities.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1)) as string[][];
    expect(rows).toHaveLength(23);
    expect(rows[0].slice(0, 3)).toEqual(['slug', '社区', '街道（镇）']);
    const liuyuan = rows.find((r) => r[0] === 'liuyuan')!;
    expect(liuyuan[rows[0].indexOf('户数')]).toBe('3600');
    expect(liuyuan[rows[0].indexOf('组织设置规范')]).toBe('met');
  });

  test('the JSON download carries every community with its derived figures', async () => {
    const all = JSON.parse(await read('data/communities.json')) as { slug: string; funding_wan: number; households: number }[];
    expect(all).toHaveLength(22);
    expect(all.find((c) => c.slug === 'liuyuan')).toMatchObject({ households: 3600, funding_wan: 202.84 });
  });

  test('each data table is re-published as CSV, the same rows as the content', async () => {
    // Numbers are re-written from their values: 88.0 comes out as 88.
    const normalise = (rows: string[][]) => rows.map((row) => row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
    const published = normalise(parseCsv((await read('data/survey-age.csv')).slice(1)));
    const original = normalise(parseCsv(await readFile('content/data/survey-age.csv', 'utf8'), { bom: true }));
    expect(published).toEqual(original);
  });

  test('the page describes every table’s columns', async () => {
    const page = parse(await read('data/index.html'));
    const section = page.querySelectorAll('.data-table').find((s) => s.querySelector('a')?.getAttribute('href') === '/data/survey-age.csv')!;
    const columns = section.querySelectorAll('tbody tr').map((r) => r.querySelectorAll('th, td').map((c) => c.textContent.trim()));
    expect(columns[0]).toEqual(['group', expect.any(String), '文字']);
    expect(columns.find((c) => c[0] === 'sample')?.[2]).toBe('数值');
  });

  test('the compare page’s files hold each community and the district medians', async () => {
    const record = JSON.parse(await read('data/communities/liuyuan.json'));
    expect(record).toMatchObject({ slug: 'liuyuan', name: '柳园社区', standards: { organization: 'met' } });
    const district = JSON.parse(await read('data/district.json')) as { fields: { key: string; median: number | null }[] };
    expect(district.fields.find((f) => f.key === 'households')?.median).toBeGreaterThan(0);
  });

  test('site.json gives a city what it needs: names, standards, the overview’s figures, the published reports', async () => {
    const site = JSON.parse(await read('data/site.json')) as { district: string; standards: { id: string }[]; figures: { communities: number; households: number }; reports: { slug: string; date: string }[] };
    const all = JSON.parse(await read('data/communities.json')) as { households: number }[];
    expect(site.district).toBe('岚溪区');
    expect(site.standards.map((s) => s.id)).toEqual(['organization', 'venue', 'team', 'rules', 'services', 'support']);
    expect(site.figures).toMatchObject({ communities: 22, households: all.reduce((sum, c) => sum + c.households, 0) });
    expect(site.reports.map((r) => r.slug).sort()).toEqual(['guifanhua-jianshe', 'jingfei-baozhang', 'sidianban-ketang']);
  });
});
