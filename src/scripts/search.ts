// The search page: runs Pagefind in the browser against the index written at build time.
// The query and filters live in the URL (?q=…&street=…), so a search can be shared.

import { putExactTitlesFirst } from './search-rank.ts';
import { renderResult } from './search-result.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 30;

/** Sets up the search form, then searches whatever the URL asks for. */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const strings = document.querySelector<HTMLTemplateElement>('#search-strings')?.dataset;
  if (!form || !status || !list || !strings) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  // A large site's index comes in shards (see src/tools/search/index-pages.ts); they share the
  // WebAssembly the main bundle loaded.
  const shards = await fetch(`${base}pagefind/shards.json`)
    .then(async (r): Promise<string[]> => (r.ok ? (((await r.json()) as { shards?: string[] }).shards ?? []) : []))
    .catch((): string[] => []);
  await Promise.all(shards.map((shard) => pagefind.mergeIndex(`${base}pagefind/${shard}`, { baseUrl: base })));
  await fillFilters(form, await pagefind.filters());

  const params = new URLSearchParams(location.search);
  const query = form.elements.namedItem('q') as HTMLInputElement;
  query.value = params.get('q') ?? '';
  form.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((select) => {
    select.value = params.get(select.name) ?? '';
    select.addEventListener('change', () => form.requestSubmit());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) next.set(key, String(value).trim());
    history.replaceState(null, '', `?${next}`);
    void run();
  });

  async function run(): Promise<void> {
    const text = query.value.trim();
    list!.replaceChildren();
    if (!text) {
      status!.textContent = '';
      return;
    }
    status!.textContent = strings!.loading ?? '';
    const filters: Record<string, string> = {};
    form!.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((s) => {
      if (s.value) filters[s.name] = s.value;
    });
    const { results } = await pagefind.search(text, { filters });
    const shown = putExactTitlesFirst(text, await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data())));
    status!.textContent = (shown.length ? (strings!.count ?? '') : (strings!.none ?? '')).replace('{count}', String(results.length)).replace('{query}', text);
    list!.replaceChildren(...shown.map((result) => renderResult(result)));
  }
  await run();
}

async function fillFilters(form: HTMLFormElement, available: Record<string, Record<string, number>>): Promise<void> {
  const fieldset = form.querySelector<HTMLFieldSetElement>('.search-filters');
  form.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((select) => {
    const values = Object.keys(available[select.name] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    select.append(...values.map((value) => new Option(value, value)));
  });
  if (fieldset) fieldset.hidden = false;
}
