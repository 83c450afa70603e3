// Draws the charts of a page. Each figure already holds its table and its chart.js config as
// JSON; this script only turns the config into a canvas when the figure nears the viewport,
// so chart.js is fetched only by pages that have charts, and only when a chart is about to show.
import type { Chart as ChartInstance, ChartConfiguration } from 'chart.js';

type ValueFormat = 'wan' | 'pct' | 'int' | 'number';
type Config = ChartConfiguration & { format: ValueFormat };

const drawn = new Map<HTMLElement, ChartInstance>();
type ChartModule = typeof import('./chartjs.ts'); // eslint-disable-line @typescript-eslint/consistent-type-imports
let chartJs: Promise<ChartModule> | undefined;
let loaded: ChartModule | undefined;

const root = document.documentElement;
/** In 长辈模式 a chart shows its table until the reader taps 图表 (CSS reads data-chosen). */
const showsTable = (figure: HTMLElement) => (root.dataset.care === 'on' && !figure.hasAttribute('data-chosen')) || figure.dataset.view === 'table';

// Charts near the screen wait here and are drawn one per idle moment, so the main thread is
// never held for long (several charts drawn at once blocked it: docs/performance.md).
const queue: HTMLElement[] = [];
let draining = false;

/** Sets up every chart figure of the page: toggles now, canvases when they come into view. */
export function drawChartsWhenVisible(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];
  figures.forEach(setUpControls);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        observer.unobserve(entry.target);
        queue.push(entry.target as HTMLElement);
      }
      drainQueue();
    },
    { rootMargin: '300px 0px' },
  );
  figures.forEach((figure) => observer.observe(figure));
  new MutationObserver(() => figures.forEach(syncToggle)).observe(root, { attributes: true, attributeFilter: ['data-care'] });
  // Printing happens right after this event, so charts not yet drawn are drawn synchronously
  // (when chart.js is already loaded; otherwise print shows the tables) and all fit the page.
  window.addEventListener('beforeprint', () => {
    if (loaded) figures.filter((f) => !drawn.has(f)).forEach((f) => drawNow(f, loaded!, false));
    drawn.forEach((chart) => chart.resize());
  });
  window.addEventListener('afterprint', () => drawn.forEach((chart) => chart.resize()));
  // Colours come from CSS custom properties: redraw when the theme changes.
  const redraw = () => [...drawn.keys()].forEach((figure) => void draw(figure, true));
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  new MutationObserver(redraw).observe(root, { attributes: true, attributeFilter: ['data-theme', 'data-care'] });
}

function drainQueue(): void {
  if (draining) return;
  const next = queue.shift();
  if (!next) return;
  draining = true;
  whenIdle(async () => {
    // A chart whose table shows is drawn only when the reader asks for it.
    if (!showsTable(next)) await draw(next);
    draining = false;
    drainQueue();
  });
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

/** The toggle says which view shows: in 长辈模式 the table, until the reader picks. */
function syncToggle(figure: HTMLElement): void {
  const view = showsTable(figure) ? 'table' : 'chart';
  figure.querySelectorAll('.chart-toggle button').forEach((b) => b.setAttribute('aria-pressed', String((b as HTMLElement).dataset.view === view)));
}

function setUpControls(figure: HTMLElement): void {
  const toggle = figure.querySelector<HTMLElement>('.chart-toggle');
  if (!toggle) return;
  toggle.hidden = false;
  syncToggle(figure);
  toggle.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-view]');
    if (!button) return;
    figure.dataset.view = button.dataset.view;
    figure.setAttribute('data-chosen', '');
    syncToggle(figure);
    if (button.dataset.view === 'chart') void draw(figure);
  });
  figure.querySelector<HTMLButtonElement>('[data-download-image]')?.addEventListener('click', () => {
    const canvas = figure.querySelector('canvas');
    if (!canvas) return;
    const link = document.createElement('a');
    link.href = canvas.toDataURL('image/png');
    link.download = `${figure.id.replace(/^chart-/, '')}.png`;
    link.click();
  });
}

async function draw(figure: HTMLElement, again = false): Promise<void> {
  if (drawn.has(figure) && !again) return;
  chartJs ??= import('./chartjs.ts');
  loaded = await chartJs;
  drawNow(figure, loaded, true);
}

function drawNow(figure: HTMLElement, { Chart }: ChartModule, animate: boolean): void {
  const canvas = figure.querySelector('canvas');
  const source = figure.querySelector('script.chart-config');
  if (!canvas || !source?.textContent) return;
  drawn.get(figure)?.destroy();
  const style = getComputedStyle(figure);
  const config = resolveColours(JSON.parse(source.textContent), style) as Config;
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.color = style.getPropertyValue('--text-muted').trim();
  Chart.defaults.borderColor = style.getPropertyValue('--border').trim();
  drawn.set(figure, new Chart(canvas, withOptions(config, animate)));
  figure.dataset.drawn = '';
  const download = figure.querySelector<HTMLButtonElement>('[data-download-image]');
  if (download) download.hidden = false;
}

/** Replaces colour names (`--chart-3`) with the theme's values. */
function resolveColours(value: unknown, style: CSSStyleDeclaration): unknown {
  if (typeof value === 'string') return value.startsWith('--') ? style.getPropertyValue(value).trim() : value;
  if (Array.isArray(value)) return value.map((v) => resolveColours(v, style));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveColours(v, style)]));
  return value;
}

const numbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A number as axes (short) and tooltips (full) show it. */
function formatNumber(value: number, format: ValueFormat, full: boolean): string {
  if (format === 'pct') return `${full ? percent.format(value) : numbers.format(value)}%`;
  if (format === 'wan') return `${numbers.format(value)}${full ? '万元' : '万'}`;
  if (format === 'int') return numbers.format(Math.round(value));
  return numbers.format(value);
}

function withOptions(config: Config, animate: boolean): ChartConfiguration {
  const { format, ...chart } = config;
  const options = (chart.options ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const horizontal = options.indexAxis === 'y';
  const valueAxis = horizontal ? 'x' : 'y';
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (options.scales?.[valueAxis]) {
    // Counts never get fractional ticks.
    options.scales[valueAxis].ticks = { precision: format === 'int' ? 0 : undefined, callback: (v: number | string) => formatNumber(Number(v), format, false) };
  }
  return {
    ...chart,
    options: {
      ...options,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'zh-CN',
      animation: reduceMotion || !animate ? false : { duration: 300 },
      plugins: {
        ...options.plugins,
        tooltip: {
          callbacks: {
            label: (item: { dataset: { label?: string }; parsed: { x: number; y: number } | number }) => {
              const parsed = item.parsed;
              const raw = typeof parsed === 'number' ? parsed : horizontal ? parsed.x : parsed.y;
              return `${item.dataset.label ?? ''}：${raw === null ? '—' : formatNumber(raw, format, true)}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}
