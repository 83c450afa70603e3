import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { loadProject } from '../../src/lib/project.ts';
import { copyFixture, editFile } from '../helpers/content.ts';

/** The problems of a fixture copy after one edit, as printed, for the file edited. */
async function problemsAfter(file: string, from: string | RegExp, to: string): Promise<string[]> {
  const dir = await copyFixture();
  try {
    await editFile(dir, file, from, to);
    const { problems } = await loadProject(dir);
    return problems.filter((p) => p.file.endsWith(file)).map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('checkCommunitySlips', () => {
  test.each([
    [
      'rooms joined by full-width commas',
      'rooms: [日间照料中心, 四点半课堂]',
      'rooms: [一站式服务大厅，日间照料中心]',
      'communities/hetang.md:12:11: warning: facility.rooms[0]：“一站式服务大厅，日间照料中心”中有全角的“，”，会被当作一项：列表各项之间要用半角逗号加空格分开，如 [一站式服务大厅, 日间照料中心]',
    ],
    [
      'rooms joined by 顿号',
      'rooms: [日间照料中心, 四点半课堂]',
      'rooms: [日间照料中心、四点半课堂]',
      'communities/hetang.md:12:11: warning: facility.rooms[0]：“日间照料中心、四点半课堂”中有全角的“、”，会被当作一项：列表各项之间要用半角逗号加空格分开，如 [日间照料中心, 四点半课堂]',
    ],
    ['a satisfaction share written as a fraction', '{ year: 2021, pct: 85.5', '{ year: 2021, pct: 0.885', 'communities/hetang.md:24:19: warning: satisfaction[0].pct：是否把 88.5% 写成了 0.885？百分数写 0–100 之间的数，应写 88.5'],
    ['an activity share written as a fraction', 'area_m2: 600', 'area_m2: 600\n  activity_share_pct: 0.62', 'communities/hetang.md:12:3: warning: facility.activity_share_pct：是否把 62% 写成了 0.62？百分数写 0–100 之间的数，应写 62'],
  ])('warns of %s at its line', async (_, from, to, expected) => {
    expect(await problemsAfter('communities/hetang.md', from, to)).toEqual([expected]);
  });

  test.each([
    ['rooms with half-width commas', 'rooms: [日间照料中心, 四点半课堂]', 'rooms: [日间照料中心, 四点半课堂, 图书室]'],
    ['a share of 0', '{ year: 2021, pct: 85.5', '{ year: 2021, pct: 0'],
    ['a share above 1', '{ year: 2021, pct: 85.5', '{ year: 2021, pct: 1.5'],
  ])('accepts %s', async (_, from, to) => {
    expect(await problemsAfter('communities/hetang.md', from, to)).toEqual([]);
  });
});

describe('checkSiteSlips', () => {
  test.each([
    ['a percentage target written as a fraction', 'satisfaction_pct: 90', 'satisfaction_pct: 0.9', /^site\.yaml:\d+:3: warning: targets\.satisfaction_pct：是否把 90% 写成了 0\.9？百分数写 0–100 之间的数，应写 90$/],
    ['community types joined by full-width commas', /community_types: \[[^\]]*\]/, 'community_types: [老旧小区，村改居]', /^site\.yaml:\d+:\d+: warning: community_types\[0\]：“老旧小区，村改居”中有全角的“，”，会被当作一项/],
  ])('warns of %s', async (_, from, to, expected) => {
    const lines = await problemsAfter('site.yaml', from, to);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
