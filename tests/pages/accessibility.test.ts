import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { listPages, readPage, textOf } from '../helpers/dist.ts';
import { useFixtureVariant } from '../helpers/content.ts';

describe('the accessibility statement (/accessibility/)', () => {
  test('names the standards followed and, without a contact in site.yaml, the district', async () => {
    const html = await readPage('/accessibility/');
    expect(textOf(html.querySelector('h1'))).toBe('无障碍声明');
    const text = textOf(html.querySelector('main'));
    for (const standard of ['GB/T 37668-2019', 'WCAG 2.2', '互联网网站适老化通用设计规范', '长辈模式', '朗读', '?care=1']) expect(text).toContain(standard);
    expect(text).toContain('请联系测试市测试区社区建设主管部门');
    expect(html.querySelector('dl.contact')).toBeNull();
  });

  test('is linked from the footer of every page', async () => {
    const pages = (await listPages()).filter((p) => !p.startsWith('accessibility/'));
    for (const page of pages) {
      const html = await readPage(`/${page.replace(/index\.html$/, '')}`);
      expect(
        html.querySelectorAll('.site-footer a').map((a) => a.getAttribute('href')),
        page,
      ).toContain('/accessibility/');
    }
  });
});

describe('the table of contents', () => {
  test.each([
    ['/reports/shijian/', true],
    ['/communities/hetang/', false],
  ])('%s: list numbers only where headings carry none of their own (plain: %s)', async (page, plain) => {
    const html = await readPage(page);
    const list = html.querySelector('.toc details ol');
    expect(list).not.toBeNull();
    expect(list!.classList.contains('toc-plain')).toBe(plain);
  });
});

// The fixture with a contact and the English interface.
describe('a site with a contact and an English interface', () => {
  const site = useFixtureVariant('locale: en\ncontact: { name: 测试区民政局, email: shequ@example.gov.cn, phone: "0571-8888 6666" }');
  const page = async (file: string) => parse(await readFile(path.join(site.dist, file), 'utf8'));

  test('the statement is in English and gives the contact', async () => {
    const html = await page('accessibility/index.html');
    expect(textOf(html.querySelector('h1'))).toBe('Accessibility statement');
    const contact = html.querySelector('dl.contact')!;
    expect(textOf(contact)).toBe('Office测试区民政局Emailshequ@example.gov.cnPhone0571-8888 6666');
    expect(contact.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['mailto:shequ@example.gov.cn', 'tel:057188886666']);
  });

  test('read aloud uses an English voice', async () => {
    const html = await page('reports/shijian/index.html');
    const control = html.querySelector('[data-read-aloud]')!;
    expect(control.getAttribute('data-voice-lang')).toBe('en');
    expect(textOf(control.querySelector('[data-read-label]'))).toBe('Read aloud');
  });
});
