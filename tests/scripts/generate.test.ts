import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadProject } from '../../src/lib/project.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { runScript } from '../helpers/run.ts';

const COMMUNITIES = 200;
let root: string;
let content: string;

/** Every file of a folder, relative path → bytes. */
async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(names.map(async (e) => [path.relative(dir, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name))] as const));
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-generate-'));
  content = path.join(root, 'content');
  const { status, stderr } = runScript('scripts/generate.ts', ['--communities', String(COMMUNITIES), '--seed', '3', '--out', content]);
  expect(stderr).not.toMatch(/Error/);
  expect(status).toBe(0);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run generate', () => {
  test('writes a content folder that validates with no problem at all', async () => {
    const project = await loadProject(content);
    expect(project.problems).toEqual([]);
    expect(project.content.fileCounts).toEqual({ communities: COMMUNITIES, reports: 10, tables: 4 });
  });

  test('writes the same bytes for the same seed, and other files for another seed', async () => {
    const again = path.join(root, 'again');
    const other = path.join(root, 'other');
    expect(runScript('scripts/generate.ts', ['--communities', String(COMMUNITIES), '--seed', '3', '--out', again]).status).toBe(0);
    expect(runScript('scripts/generate.ts', ['--communities', String(COMMUNITIES), '--seed', '4', '--out', other]).status).toBe(0);
    const [first, second, third] = await Promise.all([readTree(content), readTree(again), readTree(other)]);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, bytes] of first) expect(second.get(file)?.equals(bytes), file).toBe(true);
    // Another seed names other communities.
    expect([...third.keys()]).not.toEqual([...first.keys()]);
  });

  test('refuses to write into a folder it did not make, and replaces its own only with --force', async () => {
    const foreign = path.join(root, 'foreign');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'site.yaml'), 'title: 真实内容\n');
    const refused = runScript('scripts/generate.ts', ['--communities', '5', '--out', foreign, '--force']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not written by generate');
    expect(await readFile(path.join(foreign, 'site.yaml'), 'utf8')).toBe('title: 真实内容\n');

    const own = path.join(root, 'own');
    expect(runScript('scripts/generate.ts', ['--communities', '5', '--out', own]).status).toBe(0);
    expect(runScript('scripts/generate.ts', ['--communities', '5', '--out', own]).status).toBe(1);
    expect(runScript('scripts/generate.ts', ['--communities', '6', '--out', own, '--force']).status).toBe(0);
    expect(await readdir(path.join(own, 'communities'))).toHaveLength(6);
  });

  test('explains its flags when one is missing', () => {
    const { status, stderr } = runScript('scripts/generate.ts', ['--communities', 'many']);
    expect(status).toBe(2);
    expect(stderr).toContain('缺少 --out');
    expect(stderr).toContain('用法：npm run generate');
  });

  test('builds into a site with a page for every published community and report', { timeout: 120_000 }, async () => {
    const out = path.join(root, 'dist');
    await buildSite(content, out);
    const project = await loadProject(content);
    const published = project.content.communities.map((c) => c.slug).sort();
    expect(project.content.draftCommunities.length).toBeGreaterThan(0);
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('index.html'));
    expect(
      pages
        .filter((p) => /^communities\/[^/]+\/index\.html$/.test(p))
        .map((p) => p.split('/')[1])
        .sort(),
    ).toEqual(published);
    expect(pages.filter((p) => /^reports\/[^/]+\/index\.html$/.test(p))).toHaveLength(10);
    for (const page of ['index.html', 'communities/index.html', 'reports/index.html', 'standards/index.html']) expect(existsSync(path.join(out, page)), page).toBe(true);
    for (const draft of project.content.draftCommunities) expect(existsSync(path.join(out, 'communities', draft)), draft).toBe(false);
  });
});
