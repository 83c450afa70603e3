import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig, formatCmsConfig } from '../../../src/tools/admin/config.ts';
import type { CmsField } from '../../../src/lib/admin/fields.ts';
import { parseFields } from '../../../src/lib/fields.ts';
import type { Site } from '../../../src/lib/schema.ts';
import { communitySchema, siteSchema } from '../../../src/lib/schema.ts';
import { parseYaml } from '../../../src/lib/yaml.ts';

const site = parseFields(siteSchema, parseYaml(await readFile('content/site.yaml', 'utf8'), 'content/site.yaml'), 'content/site.yaml').data as Site;

function getCollection(config: Record<string, unknown> | undefined, name: string): { fields: CmsField[]; folder: string } {
  const collections = (config?.collections ?? []) as { name: string; fields: CmsField[]; folder: string }[];
  const found = collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}

const fieldOf = (fields: CmsField[], name: string) => fields.find((f) => f.name === name);

describe('buildCmsConfig', () => {
  test('returns nothing without an editing block', () => {
    expect(buildCmsConfig({ ...site, editing: undefined }, { contentPath: 'content' })).toBeUndefined();
  });

  test('lists every community field in contract order, then the body', () => {
    const { fields, folder } = getCollection(buildCmsConfig(site, { contentPath: 'content' }), 'communities');
    expect(folder).toBe('content/communities');
    expect(fields.map((f) => f.name)).toEqual([...Object.keys(communitySchema.shape), 'body']);
  });

  test('labels every field in Chinese, nested fields included', () => {
    const { fields } = getCollection(buildCmsConfig(site, { contentPath: 'content' }), 'communities');
    const walk = (list: CmsField[]): CmsField[] => list.flatMap((f) => [f, ...walk(f.fields ?? [])]);
    const unlabelled = walk(fields)
      .filter((f) => !/[\u4e00-\u9fff]/.test(f.label))
      .map((f) => f.name);
    expect(unlabelled).toEqual([]);
  });

  test.each([
    ['households', { label: '户数', widget: 'number', value_type: 'int', min: 0, step: 1, required: true }],
    ['area_km2', { widget: 'number', value_type: 'float', min: 0 }],
    ['established', { widget: 'number', value_type: 'int', min: 1900, max: 2100, required: false }],
    ['demonstration', { widget: 'select', default: 'none' }],
    ['type', { widget: 'select', options: site.community_types?.map((t) => ({ label: t, value: t })) }],
    ['facility', { widget: 'object' }],
    ['funding', { widget: 'list' }],
    ['draft', { widget: 'boolean', default: true }],
    ['cover', { widget: 'image', required: false }],
  ])('describes %s', (name, expected) => {
    const { fields } = getCollection(buildCmsConfig(site, { contentPath: 'content' }), 'communities');
    expect(fieldOf(fields, name)).toMatchObject(expected);
  });

  test('gives the list of funding rows its fields with min and step', () => {
    const { fields } = getCollection(buildCmsConfig(site, { contentPath: 'content' }), 'communities');
    expect(fieldOf(fields, 'funding')?.fields?.map((f) => [f.name, f.label, f.value_type, f.min])).toEqual([
      ['year', '年份', 'int', 1900],
      ['office', '办公经费', 'float', 0],
      ['party', '党建经费', 'float', 0],
      ['members', '党员活动经费', 'float', 0],
      ['special', '公共服务专项资金', 'float', 0],
      ['other', '其他', 'float', 0],
    ]);
  });

  test('makes standards one status select per standard of site.yaml, with an optional note', () => {
    const { fields } = getCollection(buildCmsConfig(site, { contentPath: 'content' }), 'communities');
    const standards = fieldOf(fields, 'standards');
    expect(standards?.fields?.map((f) => [f.name, f.label])).toEqual(site.standards.map((s) => [s.id, s.name]));
    expect(standards?.fields?.[0].fields).toMatchObject([
      { name: 'status', widget: 'select', options: [{ value: 'met', label: '达标（met）' }, { value: 'partial' }, { value: 'unmet' }] },
      { name: 'note', required: false },
    ]);
  });

  test('shows a field added to the schema, with the label of its meta or else its key', () => {
    const extended = communitySchema.extend({
      buildings: z.int().min(0).optional().meta({ title: '楼栋数', description: '辖区内的居民楼栋数' }),
      elevators: z.int().optional(),
    });
    const { fields } = getCollection(buildCmsConfig(site, { contentPath: 'content', communitySchema: extended }), 'communities');
    expect(fieldOf(fields, 'buildings')).toMatchObject({ label: '楼栋数', hint: '辖区内的居民楼栋数', widget: 'number', value_type: 'int', min: 0, required: false });
    expect(fieldOf(fields, 'elevators')).toMatchObject({ label: 'elevators', widget: 'number' });
  });

  test.each([
    [{ backend: 'local' }, { name: 'github', repo: 'local/content' }],
    [
      { backend: 'gitea', repo: 'lanxi/content', base_url: 'https://git.lanxi.gov.cn/', branch: 'main' },
      { name: 'gitea', repo: 'lanxi/content', branch: 'main', base_url: 'https://git.lanxi.gov.cn', api_root: 'https://git.lanxi.gov.cn/api/v1' },
    ],
    [
      { backend: 'gitlab', repo: 'lanxi/content' },
      { name: 'gitlab', repo: 'lanxi/content' },
    ],
    [
      { backend: 'github', repo: 'lanxi/content', branch: 'main' },
      { name: 'github', repo: 'lanxi/content', branch: 'main' },
    ],
  ] as const)('names the backend for %o', (editing, backend) => {
    expect(buildCmsConfig({ ...site, editing }, { contentPath: 'content' })?.backend).toEqual(backend);
  });

  test('puts uploads into the media folder of the content', () => {
    const config = buildCmsConfig(site, { contentPath: 'content' });
    expect(config).toMatchObject({ media_folder: 'content/media', public_folder: '/media' });
    expect(getCollection(config, 'communities')).toMatchObject({ media_folder: '../media', public_folder: '../media' });
  });
});

describe('formatCmsConfig', () => {
  test('writes YAML that reads back to the same configuration', () => {
    const config = buildCmsConfig(site, { contentPath: 'content' }) ?? {};
    expect(parse(formatCmsConfig(config))).toEqual(config);
  });
});
