import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { adaptGeneratedFile, planGeneratedCity } from '../../../src/tools/city/generate-city.ts';
import { runScript } from '../../helpers/run.ts';

describe('planGeneratedCity', () => {
  test.each([
    [3, 600, [200, 200, 200]],
    [3, 10, [4, 3, 3]],
    [10, 10000, Array(10).fill(1000)],
  ])('%i districts share %i communities as %j', (districts, communities, expected) => {
    const plans = planGeneratedCity(districts, communities);
    expect(plans.map((p) => p.communities)).toEqual(expected);
    expect(new Set(plans.map((p) => p.slug)).size).toBe(districts);
    expect(new Set(plans.map((p) => p.name)).size).toBe(districts);
  });
});

describe('adaptGeneratedFile', () => {
  test.each([
    ['site.yaml', 'district: 星河区\n  - id: support\n    name: 工作保障规范\n', 0, 'district: 云台区\n  - id: support\n    name: 工作保障规范\n'],
    ['site.yaml', 'district: 星河区\n  - id: support\n    name: 工作保障规范\n', 1, 'district: 云台区\n  - id: guarantee\n    name: 经费保障规范\n'],
    ['communities/a.md', 'standards:\n  support: met\n', 1, 'standards:\n  guarantee: met\n'],
    ['communities/a.md', 'standards:\n  support: met\n', 2, 'standards:\n  support: met\n'],
  ])('%s of district #%i', (file, text, index, expected) => {
    expect(adaptGeneratedFile(file, text, Number(index), '云台区')).toBe(expected);
  });
});

describe('writeGeneratedCity', () => {
  test('generate --districts writes a city that validates, with standards that are not all shared', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'shequ-gen-city-'));
    try {
      const generated = runScript('scripts/generate.ts', ['--districts', '3', '--communities', '30', '--out', out, '--force']);
      expect(generated.status).toBe(0);
      expect(await readFile(path.join(out, 'city.yaml'), 'utf8')).toContain('  - { slug: songtao, content: songtao }');
      expect(await readFile(path.join(out, 'yuntai', 'site.yaml'), 'utf8')).toContain('id: guarantee');
      const checked = runScript('scripts/validate.ts', ['--content', out]);
      expect(checked.stdout).toMatch(/内容检查通过：30 个社区文件/);
      expect(checked.status).toBe(0);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
