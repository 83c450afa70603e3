// What the search index holds, built from the content model instead of read back from the built
// pages: one small HTML document per indexed page, in the form Pagefind reads (`data-pagefind-*`).
// Everything written here is text the page shows (tests/tools/search/pages.test.ts compares it
// with the built pages); the page's numbers, dates, charts, tables of amounts, navigation and
// pager are left out, as the pages' `data-pagefind-ignore` did for some of them.
import { formatDate } from '../../lib/format.ts';
import type { Strings } from '../../lib/i18n/index.ts';
import { getStrings } from '../../lib/i18n/index.ts';
import type { Project } from '../../lib/project.ts';
import { getCommunityPath, getReportPath } from '../../lib/routes.ts';
import type { Community } from '../../lib/schema.ts';

/** One page to index: where it is in the built site, and the HTML Pagefind reads for it. */
export interface SearchPage {
  /** The page's file in the built site (`communities/liuyuan/index.html`); Pagefind makes its URL of it. */
  file: string;
  html: string;
}

/**
 * How much a community's name counts against words in its text (Pagefind's scale: 0–10, an
 * `<h1>` is 7 by default). The highest, with the name alone in its element: a search for
 * 柳园社区 must find 柳园社区's page first, not a page that mentions it often.
 */
const NAME_WEIGHT = 10;

/**
 * Builds the documents to index for every published page that readers can search: community
 * pages, published reports and the standards page. Drafts have no page, so no document.
 */
export function buildSearchPages(project: Project): SearchPage[] {
  const site = project.content.site?.data;
  if (!site) return [];
  const t = getStrings(site.locale);
  const body = (file: string) => project.rendered.get(file)?.html ?? '';
  return [
    ...project.content.communities.map((entry) => ({
      file: toPageFile(getCommunityPath(entry.slug)),
      html: buildCommunityDocument(entry.data, body(entry.file), t),
    })),
    ...project.content.reports
      .filter((entry) => !entry.data.draft)
      .map((entry) => {
        const r = entry.data;
        const meta = [formatDate(r.date, site.locale), r.author].filter(Boolean).join(' · ');
        const lead = r.summary ? `<p>${escapeText(r.summary)}</p>` : '';
        const html = `<h1>${escapeText(r.title)}</h1><p>${escapeText(meta)}</p>${lead}${body(entry.file)}`;
        return { file: toPageFile(getReportPath(entry.slug)), html: wrapDocument(html, `kind:${t.search.kinds.report}`) };
      }),
    {
      file: 'standards/index.html',
      html: wrapDocument([`<h1>${escapeText(t.standards.title)}</h1>`, ...site.standards.map((s) => `<h2 id="standard-${escapeText(s.id)}">${escapeText(s.name)}</h2>${listItems('ol', s.items ?? [])}`)].join(''), `kind:${t.search.kinds.standards}`),
    },
  ];
}

/**
 * A community page's words: its name (weighted, and the result's title), street and type (also
 * the search page's filters), highlights, rooms, partners, services, milestones and the narrative.
 */
function buildCommunityDocument(c: Community, body: string, t: Strings): string {
  const services = c.services.map((s) => `<p>${escapeText(s.name)}${s.partner ? ` ${escapeText(s.partner)}` : ''}</p>`).join('');
  return wrapDocument(
    [
      `<h1 data-pagefind-weight="${NAME_WEIGHT}" data-pagefind-filter="type:${escapeText(c.type)}">${escapeText(c.name)}</h1>`,
      `<p data-pagefind-filter="street:${escapeText(c.street)}">${escapeText(c.street)} ${escapeText(c.type)}</p>`,
      `<p>${escapeText(t.demonstration[c.demonstration])}</p>`,
      listItems('ul', c.highlights),
      c.facility.rooms.length > 0 ? `<p>${escapeText(c.facility.rooms.join('、'))}</p>` : '',
      c.partners && c.partners.length > 0 ? `<p>${escapeText(c.partners.join('、'))}</p>` : '',
      services,
      listItems(
        'ol',
        c.milestones.map((m) => m.title),
      ),
      body,
    ].join(''),
    `kind:${t.search.kinds.community}`,
  );
}

/** The document around a page's words: Chinese (Pagefind segments it), one body, one kind filter. */
function wrapDocument(inner: string, kindFilter: string): string {
  return `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body data-pagefind-filter="${escapeText(kindFilter)}">${inner}</main></body></html>`;
}

function listItems(tag: 'ul' | 'ol', items: readonly string[]): string {
  return items.length === 0 ? '' : `<${tag}>${items.map((item) => `<li>${escapeText(item)}</li>`).join('')}</${tag}>`;
}

/** A site path's HTML file (`/communities/x/` → `communities/x/index.html`), as Astro writes it. */
function toPageFile(sitePath: string): string {
  return `${sitePath.replace(/^\//, '')}index.html`;
}

/** Model text as HTML text: editors' words never become markup. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
