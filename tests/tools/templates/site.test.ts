import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { prepareNewSite } from '../../../src/tools/templates/site.ts';

describe('prepareNewSite', () => {
  const files = prepareNewSite({ district: '岚溪区', year: 2025, date: '2026-03-01' });

  test('writes site.yaml, a draft community, a draft report, a media folder and a README', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', 'communities/shili.md', 'media/.gitkeep', 'reports/shili.md', 'site.yaml']);
    expect(files['communities/shili.md']).toMatch(/^draft: true/m);
    expect(files['reports/shili.md']).toMatch(/^draft: true/m);
    expect(files['reports/shili.md']).toMatch(/^date: 2026-03-01/m);
  });

  test('names the six standards as the sample district does, their items commented', async () => {
    const sample = parse(await readFile('content/site.yaml', 'utf8')) as { standards: { id: string; name: string }[] };
    const site = parse(files['site.yaml']) as { district: string; period: unknown; standards: Record<string, unknown>[] };
    expect(site.district).toBe('岚溪区');
    expect(site.period).toEqual({ from: 2021, to: 2025 });
    expect(site.standards).toEqual(sample.standards.map(({ id, name }) => ({ id, name })));
    expect(files['site.yaml']).toMatch(/^ {4}# items:/m);
  });
});
