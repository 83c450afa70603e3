// The city's compare view: communities from different districts side by side (?c=lanxi:qingshi,beihu:hupan).
// Each community's record and its district's labels come from that district's own published
// JSON under /<slug>/data/, so the figures are the district site's own.

interface Field {
  key: string;
  label: string;
  format: 'wan' | 'pct' | 'int' | 'number';
}
interface DistrictRecord {
  fields: Field[];
  standards: { id: string; name: string }[];
}
interface CommunityRecord {
  slug: string;
  name: string;
  figures: Record<string, number | null>;
  standards: Record<string, 'met' | 'partial' | 'unmet'>;
}
interface Data {
  districts: { slug: string; name: string }[];
  strings: { status: Record<string, string>; failed: string; figures: string; standards: string; indicator: string; remove: string };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SYMBOLS = { met: '✓', partial: '◐', unmet: '✗' } as const;
const numbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Sets up the picker and draws the comparison the URL asks for. */
export async function startCityCompare(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-city-compare]');
  const form = document.querySelector<HTMLFormElement>('[data-city-compare-picker]');
  const picked = document.querySelector<HTMLElement>('[data-compare-picked]');
  const data = JSON.parse(document.getElementById('city-compare-data')?.textContent ?? '{}') as Data;
  if (!root || !form || !picked) return;
  const base = root.dataset.base ?? '/';
  const known = new Set(data.districts.map((d) => d.slug));
  const picks = [...new Set((new URLSearchParams(location.search).get('c') ?? '').split(','))]
    .map((pair) => pair.split(':'))
    .filter(([d, c]) => known.has(d) && SLUG.test(c ?? ''))
    .slice(0, 4) as [string, string][];
  const load = async <T>(sitePath: string): Promise<T> => {
    const response = await fetch(`${base}${sitePath}`);
    if (!response.ok) throw new Error(`${sitePath}: ${response.status}`);
    return response.json() as Promise<T>;
  };
  const district = form.elements.namedItem('district') as HTMLSelectElement;
  const community = form.elements.namedItem('community') as HTMLSelectElement;
  form.hidden = false;
  district.addEventListener('change', async () => {
    community.replaceChildren(new Option('选择社区', ''));
    community.disabled = !district.value;
    if (!district.value) return;
    const names = await load<[string, string, string][]>(`data/names/${district.value}.json`);
    community.append(...names.map(([slug, name, street]) => new Option(`${name}（${street}）`, slug)));
  });
  const go = (next: [string, string][]) => {
    location.search = next.length > 0 ? `?c=${next.map((p) => p.join(':')).join(',')}` : '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (district.value && community.value && picks.length < 4) go([...picks.filter(([d, c]) => d !== district.value || c !== community.value), [district.value, community.value]]);
  });

  let records: { district: string; districtName: string; record: CommunityRecord; info: DistrictRecord }[];
  try {
    const infos = new Map(await Promise.all([...new Set(picks.map(([d]) => d))].map(async (d) => [d, await load<DistrictRecord>(`${d}/data/district.json`)] as const)));
    records = await Promise.all(picks.map(async ([d, c]) => ({ district: d, districtName: data.districts.find((x) => x.slug === d)?.name ?? d, record: await load<CommunityRecord>(`${d}/data/communities/${c}.json`), info: infos.get(d)! })));
  } catch {
    root.append(element('p', { class: 'note' }, data.strings.failed));
    return;
  }
  picked.replaceChildren(
    ...records.map((r, i) =>
      element(
        'li',
        {},
        element('a', { href: `${base}${r.district}/communities/${r.record.slug}/` }, `${r.record.name}（${r.districtName}）`),
        ' ',
        Object.assign(element('button', { type: 'button', class: 'secondary-button' }, data.strings.remove), { onclick: () => go(picks.filter((_, j) => j !== i)) }),
      ),
    ),
  );
  if (records.length < 2) {
    root.append(element('p', { class: 'note' }, '请至少选择两个社区（可以来自不同的区）。'));
    return;
  }
  const head = [data.strings.indicator, ...records.map((r) => `${r.record.name}（${r.districtName}）`)];
  const fields = records[0].info.fields;
  const standards = new Map<string, string>();
  for (const r of records) for (const s of r.info.standards) if (!standards.has(s.id)) standards.set(s.id, s.name);
  root.append(
    element('h2', {}, data.strings.figures),
    table(
      data.strings.figures,
      head,
      fields.map((f) => [f.label, ...records.map((r) => format(r.record.figures[f.key] ?? null, f.format))]),
    ),
    element('h2', {}, data.strings.standards),
    element('p', {}, '“不适用”表示该区没有这项规范。'),
    table(
      data.strings.standards,
      head,
      [...standards].map(([id, name]) => [
        name,
        ...records.map((r) => {
          const status = r.info.standards.some((s) => s.id === id) ? r.record.standards[id] : undefined;
          return status ? `${SYMBOLS[status]} ${data.strings.status[status]}` : '不适用';
        }),
      ]),
      false,
    ),
  );
}

function format(value: number | null, kind: Field['format']): string {
  if (value === null) return '—';
  if (kind === 'int') return numbers.format(Math.round(value));
  if (kind === 'pct') return `${value.toFixed(1)}%`;
  return numbers.format(value);
}

function table(label: string, head: string[], rows: string[][], numeric = true): HTMLElement {
  return element(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label },
    element(
      'table',
      { class: numeric ? 'data numeric' : 'data' },
      element('thead', {}, element('tr', {}, ...head.map((cell) => element('th', { scope: 'col' }, cell)))),
      element('tbody', {}, ...rows.map(([first, ...rest]) => element('tr', {}, element('th', { scope: 'row' }, first), ...rest.map((cell) => element('td', {}, cell))))),
    ),
  );
}

function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
