import { describe, expect, test } from 'vitest';
import { readForgeTexts } from '../../../src/lib/admin/forge-files.ts';
import type { Editing } from '../../../src/lib/schema.ts';

/** A forge with one community and one report under content/, answering the calls it knows. */
function createFakeForge(routes: Record<string, unknown>) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetchFile = async (url: string, init: { headers: Record<string, string> }) => {
    calls.push({ url, headers: init.headers });
    const body = routes[url];
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      json: async () => body,
      text: async () => String(body),
    };
  };
  return { calls, fetchFile };
}

describe('readForgeTexts', () => {
  test.each([
    [
      'gitea',
      { backend: 'gitea', repo: 'lanxi/site', base_url: 'https://git.lanxi.gov.cn', branch: 'main' },
      {
        'https://git.lanxi.gov.cn/api/v1/repos/lanxi/site/raw/content/site.yaml?ref=main': 'title: x\n',
        'https://git.lanxi.gov.cn/api/v1/repos/lanxi/site/contents/content/communities?ref=main': [
          { name: 'liuyuan.md', type: 'file' },
          { name: 'notes', type: 'dir' },
        ],
        'https://git.lanxi.gov.cn/api/v1/repos/lanxi/site/raw/content/communities/liuyuan.md?ref=main': '---\nname: 柳园社区\n---\n',
        'https://git.lanxi.gov.cn/api/v1/repos/lanxi/site/contents/content/reports?ref=main': [{ name: 'a.md', type: 'file' }],
        'https://git.lanxi.gov.cn/api/v1/repos/lanxi/site/raw/content/reports/a.md?ref=main': '---\ntitle: 报告\n---\n',
      },
      'token t0k',
    ],
    [
      'github',
      { backend: 'github', repo: 'lanxi/site' },
      {
        'https://api.github.com/repos/lanxi/site/contents/content/site.yaml': 'title: x\n',
        'https://api.github.com/repos/lanxi/site/contents/content/communities': [{ name: 'liuyuan.md', type: 'file' }],
        'https://api.github.com/repos/lanxi/site/contents/content/communities/liuyuan.md': '---\nname: 柳园社区\n---\n',
        'https://api.github.com/repos/lanxi/site/contents/content/reports': [{ name: 'a.md', type: 'file' }],
        'https://api.github.com/repos/lanxi/site/contents/content/reports/a.md': '---\ntitle: 报告\n---\n',
      },
      'Bearer t0k',
    ],
    [
      'gitlab',
      { backend: 'gitlab', repo: 'lanxi/site', branch: 'main' },
      {
        'https://gitlab.com/api/v4/projects/lanxi%2Fsite/repository/files/content%2Fsite.yaml/raw?ref=main': 'title: x\n',
        'https://gitlab.com/api/v4/projects/lanxi%2Fsite/repository/tree?path=content%2Fcommunities&per_page=100&ref=main': [
          { name: 'liuyuan.md', type: 'blob' },
          { name: 'x', type: 'tree' },
        ],
        'https://gitlab.com/api/v4/projects/lanxi%2Fsite/repository/files/content%2Fcommunities%2Fliuyuan.md/raw?ref=main': '---\nname: 柳园社区\n---\n',
        'https://gitlab.com/api/v4/projects/lanxi%2Fsite/repository/tree?path=content%2Freports&per_page=100&ref=main': [{ name: 'a.md', type: 'blob' }],
        'https://gitlab.com/api/v4/projects/lanxi%2Fsite/repository/files/content%2Freports%2Fa.md/raw?ref=main': '---\ntitle: 报告\n---\n',
      },
      'Bearer t0k',
    ],
  ] as const)('reads site.yaml and the Markdown files of the branch from %s', async (_, editing, routes, authorization) => {
    const forge = createFakeForge(routes);
    const texts = await readForgeTexts({ editing: editing as Editing, contentPath: 'content', token: 't0k' }, forge.fetchFile);
    expect(texts).toEqual([
      { path: 'site.yaml', text: 'title: x\n' },
      { path: 'communities/liuyuan.md', text: '---\nname: 柳园社区\n---\n' },
      { path: 'reports/a.md', text: '---\ntitle: 报告\n---\n' },
    ]);
    expect(forge.calls.every((c) => c.headers.Authorization === authorization)).toBe(true);
  });

  test('says which request failed', async () => {
    const forge = createFakeForge({});
    await expect(readForgeTexts({ editing: { backend: 'gitea', repo: 'lanxi/site', base_url: 'https://git.lanxi.gov.cn' }, contentPath: 'content' }, forge.fetchFile)).rejects.toThrow(
      '读取失败（HTTP 404）：https://git.lanxi.gov.cn/api/v1/repos/lanxi/site/raw/content/site.yaml',
    );
  });
});
