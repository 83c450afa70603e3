import { describe, expect, test } from 'vitest';
import { buildAdminCsp, renderAdminPage, renderCheckPage } from '../../../src/tools/admin/pages.ts';

describe('buildAdminCsp', () => {
  test.each([
    [{ backend: 'local' } as const, "connect-src 'self' blob: data:;"],
    [{ backend: 'gitea', repo: 'lanxi/content', base_url: 'https://git.lanxi.gov.cn/sub' } as const, "connect-src 'self' blob: data: https://git.lanxi.gov.cn;"],
    [{ backend: 'github', repo: 'lanxi/content' } as const, "connect-src 'self' blob: data: https://api.github.com;"],
  ])('lets the CMS reach only the site and the forge of %o', (editing, connect) => {
    const csp = buildAdminCsp(editing);
    expect(`${csp};`).toContain(connect);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|unpkg|jsdelivr/);
  });
});

describe('renderAdminPage', () => {
  test('keeps the editor out of search engines and loads the CMS from the site', () => {
    const html = renderAdminPage({ title: '岚溪区', base: '/lanxi/', script: '/lanxi/admin/sveltia@0.221.1/dist/sveltia-cms.js', editing: { backend: 'local' } });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/lanxi/admin/zh-cn.js', '/lanxi/admin/sveltia@0.221.1/dist/sveltia-cms.js', '/lanxi/admin/cms-format.js']);
  });
});

describe('renderCheckPage', () => {
  test('escapes the site title', () => {
    expect(renderCheckPage({ title: '<b>岚溪</b>', base: '/', editing: { backend: 'local' } })).toContain('<title>检查内容 · &#60;b&#62;岚溪&#60;/b&#62;</title>');
  });
});

describe('renderCheckPage with a git backend', () => {
  test.each([
    [{ backend: 'local' } as const, 0],
    [{ backend: 'gitea', repo: 'lanxi/site', base_url: 'https://git.lanxi.gov.cn', branch: 'main' } as const, 1],
  ])('offers to read the branch from the forge for %o', (editing, forms) => {
    const html = renderCheckPage({ title: '岚溪区', base: '/', editing, contentPath: 'content' });
    expect(html.match(/<form data-forge=/g)?.length ?? 0).toBe(forms);
  });
});
