// Search across the city: each content district keeps its own Pagefind index under
// /<slug>/pagefind/ (written by its own build, never re-indexed for the city); the browser
// merges them, each tagged with the filter 区 = the district's name, so one query searches every
// district and the district filter narrows it. The query and filter live in the URL.

import { putExactTitlesFirst } from '../../scripts/search-rank.ts';
import { renderResult } from '../../scripts/search-result.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(options: { baseUrl: string; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string; mergeFilter: Record<string, string> }): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface SearchDistrict {
  slug: string;
  name: string;
}

const MAX_RESULTS = 30;

/** Loads every district's index and searches whatever the URL asks for. */
export async function startCitySearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-city-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const districts = JSON.parse(document.getElementById('city-search-districts')?.textContent ?? '[]') as SearchDistrict[];
  if (!form || !status || !list || districts.length === 0) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const first = districts[0];
  const pagefind = (await import(/* @vite-ignore */ `${base}${first.slug}/pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: `${base}${first.slug}/`, mergeFilter: { 区: first.name } });
  await pagefind.init();
  await Promise.all(
    districts.map(async (d, i) => {
      const root = `${base}${d.slug}/`;
      const options = { baseUrl: root, mergeFilter: { 区: d.name } };
      if (i > 0) await pagefind.mergeIndex(`${root}pagefind/`, options);
      // A large district's index comes in shards (see its pagefind/shards.json).
      const shards = await fetch(`${root}pagefind/shards.json`).then(
        async (r): Promise<string[]> => (r.ok ? (((await r.json()) as { shards?: string[] }).shards ?? []) : []),
        (): string[] => [],
      );
      await Promise.all(shards.map((shard) => pagefind.mergeIndex(`${root}pagefind/${shard}`, options)));
    }),
  );
  const query = form.elements.namedItem('q') as HTMLInputElement;
  const select = form.elements.namedItem('district') as HTMLSelectElement;
  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  // ?district=<slug>, or ?区=<name> as the filter's own name.
  select.value = params.get('district') ?? districts.find((d) => d.name === params.get('区'))?.slug ?? '';
  if (select.selectedIndex < 0) select.value = '';
  form.querySelector<HTMLElement>('.search-filters')?.removeAttribute('hidden');
  select.addEventListener('change', () => form.requestSubmit());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (query.value.trim()) next.set('q', query.value.trim());
    if (select.value) next.set('district', select.value);
    history.replaceState(null, '', `?${next}`);
    void run();
  });

  async function run(): Promise<void> {
    const text = query.value.trim();
    list!.replaceChildren();
    status!.textContent = text ? '正在搜索…' : '';
    if (!text) return;
    const name = districts.find((d) => d.slug === select.value)?.name;
    const { results } = await pagefind.search(text, { filters: name ? { 区: name } : {} });
    const shown = putExactTitlesFirst(text, await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data())));
    status!.textContent = shown.length > 0 ? `找到 ${results.length} 个结果` : `没有找到与“${text}”相关的内容`;
    list!.replaceChildren(...shown.map((result) => renderResult(result, (result.filters['区'] ?? []).join('、'))));
  }
  await run();
}
