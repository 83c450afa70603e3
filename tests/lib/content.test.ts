import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readContent, SYMLINK_MESSAGE } from '../../src/lib/content.ts';
import { findSymlinks } from '../../src/lib/symlinks.ts';
import { copyFixture, editFile } from '../helpers/content.ts';

let content: string;
let outside: string;
beforeEach(async () => {
  content = await copyFixture();
  // Files of the machine that must never reach the site.
  outside = await mkdtemp(path.join(os.tmpdir(), 'shequ-outside-'));
  await writeFile(path.join(outside, 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
  await writeFile(path.join(outside, 'photo.png'), 'not really a png');
  await writeFile(path.join(outside, 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await mkdir(path.join(outside, 'folder'));
  await writeFile(path.join(outside, 'folder', 'a.md'), '---\ntitle: 外面\ndate: 2023-01-01\n---\n外面的文件');
});
afterEach(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('readContent', () => {
  test.each([
    ['a key linked as data/keys.csv', 'data/keys.csv', 'id_ed25519'],
    ['a linked PNG', 'media/linked.png', 'photo.png'],
    ['a linked SVG', 'media/evil.svg', 'evil.svg'],
    ['a linked folder of reports', 'reports/more', 'folder'],
    ['a linked site.yaml', 'site.yaml', 'id_ed25519'],
    ['a link to a file inside the content folder', 'media/copy.png', '../media/hetang.png'],
  ])('refuses %s with a problem at the link, and never reads it', async (_, link, target) => {
    const at = path.join(content, link);
    await rm(at, { force: true });
    await symlink(target.startsWith('..') ? target : path.join(outside, target), at);
    const set = await readContent(content);
    const linked = set.problems.filter((p) => p.message === SYMLINK_MESSAGE);
    expect(linked.map((p) => [path.relative(content, path.resolve(p.file)), p.line, p.severity])).toEqual([[link, 1, 'error']]);
    const everything = JSON.stringify({ problems: set.problems, tables: set.tables, reports: set.reports.map((r) => r.body) });
    expect(everything).not.toContain('PRIVATE KEY');
    expect(everything).not.toContain('外面的文件');
  });

  test('a linked image used by a body is refused at the link (the build stops before copying it)', async () => {
    await symlink(path.join(outside, 'photo.png'), path.join(content, 'media', 'linked.png'));
    await editFile(content, 'reports/shijian.md', /\n$/, '\n\n![外景](../media/linked.png)\n');
    const set = await readContent(content);
    expect(set.problems.filter((p) => p.severity === 'error').map((p) => `${path.relative(content, path.resolve(p.file))}: ${p.message}`)).toEqual([`media/linked.png: ${SYMLINK_MESSAGE}`]);
  });
});

describe('findSymlinks', () => {
  test('lists links to files and folders at any depth without entering a linked folder', async () => {
    await mkdir(path.join(content, 'media', 'deep', 'deeper'), { recursive: true });
    await symlink(path.join(outside, 'photo.png'), path.join(content, 'media', 'deep', 'deeper', 'a.png'));
    await symlink(outside, path.join(content, 'media', 'all'));
    expect((await findSymlinks(content)).map((p) => path.relative(content, p))).toEqual(['media/all', 'media/deep/deeper/a.png']);
  });
});
