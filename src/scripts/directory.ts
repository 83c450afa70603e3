// The directory's filters, sorting and comparison picks. The page works as a plain list
// without this script; with it, the state lives in the URL (?street=…&sort=…&c=a,b) so a
// filtered view can be shared.

const FILTERS = ['street', 'type', 'level', 'standard', 'status', 'sort'] as const;
const MAX_PICKS = 4;

/** Wires the directory: reads the URL, shows the controls and applies them on every change. */
export function startDirectory(): void {
  const form = document.querySelector<HTMLFormElement>('[data-directory]');
  const groups = document.querySelector<HTMLElement>('[data-directory-groups]');
  const sorted = document.querySelector<HTMLElement>('[data-directory-sorted]');
  const status = document.querySelector<HTMLElement>('[data-directory-status]');
  if (!form || !groups || !sorted || !status) return;
  const cards = [...groups.querySelectorAll<HTMLElement>('article.card')];
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && params.has(name)) select.value = params.get(name) ?? '';
  }
  const picks = new Set(
    (params.get('c') ?? '')
      .split(',')
      .filter((slug) => cards.some((c) => c.dataset.slug === slug))
      .slice(0, MAX_PICKS),
  );
  form.hidden = false;

  const apply = () => {
    const values = Object.fromEntries(FILTERS.map((name) => [name, (form.elements.namedItem(name) as HTMLSelectElement).value]));
    const visible = cards.filter((card) => matches(card, values));
    for (const card of cards) card.hidden = !visible.includes(card);
    for (const group of groups.querySelectorAll<HTMLElement>('[data-street-group]')) {
      group.hidden = !group.querySelector('article.card:not([hidden])');
    }
    const sortKey = values.sort || 'street';
    groups.hidden = sortKey !== 'street';
    sorted.hidden = sortKey === 'street';
    if (sortKey !== 'street') sorted.replaceChildren(...sortCards(visible, sortKey).map((card) => card.cloneNode(true) as HTMLElement));
    status.textContent = (status.dataset.template ?? '').replace('{shown}', String(visible.length)).replace('{count}', status.dataset.count ?? '');
    syncPicks();
    writeUrl(values);
  };

  const writeUrl = (values: Record<string, string>) => {
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value && !(name === 'sort' && value === 'street')) next.set(name, value);
    if (picks.size > 0) next.set('c', [...picks].join(','));
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const bar = document.querySelector<HTMLElement>('[data-compare-bar]');
  const syncPicks = () => {
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-compare-pick]')) {
      box.checked = picks.has(box.value);
      box.disabled = !box.checked && picks.size >= MAX_PICKS;
      (box.closest('label') as HTMLElement).hidden = false;
    }
    if (!bar) return;
    bar.hidden = picks.size === 0;
    const count = bar.querySelector<HTMLElement>('[data-compare-count]');
    if (count) count.textContent = (count.dataset.template ?? '').replace('{count}', String(picks.size));
    const link = bar.querySelector<HTMLAnchorElement>('[data-compare-link]');
    if (link) {
      link.href = `${link.href.split('?')[0]}?c=${[...picks].join(',')}`;
      link.toggleAttribute('aria-disabled', picks.size < 2);
    }
  };

  document.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.matches?.('[data-compare-pick]')) return;
    if (box.checked) picks.add(box.value);
    else picks.delete(box.value);
    apply();
  });
  bar?.querySelector('[data-compare-clear]')?.addEventListener('click', () => {
    picks.clear();
    apply();
  });
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

function matches(card: HTMLElement, values: Record<string, string>): boolean {
  const { street, type, level, standard, status } = values;
  if (street && card.dataset.street !== street) return false;
  if (type && card.dataset.type !== type) return false;
  if (level && card.dataset.level !== level) return false;
  const standings = (card.dataset.standards ?? '').split(' ');
  if (standard && status) return standings.includes(`${standard}:${status}`);
  if (status) return standings.some((s) => s.endsWith(`:${status}`));
  return true;
}

function sortCards(cards: HTMLElement[], key: string): HTMLElement[] {
  const number = (card: HTMLElement) => {
    const raw = card.dataset[key];
    return raw ? Number(raw) : -Infinity;
  };
  if (key === 'name') return [...cards].sort((a, b) => (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', 'zh-CN'));
  return [...cards].sort((a, b) => number(b) - number(a));
}
