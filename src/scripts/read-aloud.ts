// 朗读 (read aloud): the page's main text through the browser's own speech synthesis, block by
// block, the block being read highlighted and scrolled into view. Every block is queued at once
// (the browser reads its queue in order), so pause, continue and stop act on the whole reading.
import { describeTableRow, splitForSpeech } from '../lib/speech.ts';
import type { RowWords } from '../lib/speech.ts';

interface Block {
  element: HTMLElement;
  texts: string[];
}

type Strings = RowWords & { start: string; pause: string; resume: string };

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, caption';
const SKIPPED = 'script, style, template, canvas, svg, nav, form, button, .read-aloud, .chart-actions, .pager, [data-read-skip], [aria-hidden="true"]';

/** Sets up the 朗读 control of the page; it stays hidden where the browser cannot speak. */
export function setUpReadAloud(): void {
  const control = document.querySelector<HTMLElement>('[data-read-aloud]');
  if (!control) return;
  if (!window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') {
    document.documentElement.classList.remove('speech');
    return;
  }
  const main = control.querySelector<HTMLButtonElement>('[data-read-main]')!;
  const label = control.querySelector<HTMLElement>('[data-read-label]')!;
  const stop = control.querySelector<HTMLButtonElement>('[data-read-stop]')!;
  const strings = JSON.parse(control.dataset.strings ?? '{}') as Strings;
  const lang = control.dataset.voiceLang ?? 'zh-CN';
  let state: 'idle' | 'reading' | 'paused' = 'idle';
  let run = 0;
  let current: HTMLElement | undefined;

  const show = (next: typeof state) => {
    state = next;
    label.textContent = next === 'reading' ? strings.pause : next === 'paused' ? strings.resume : strings.start;
    main.setAttribute('aria-pressed', String(next === 'reading'));
    stop.hidden = next === 'idle';
  };
  const highlight = (element?: HTMLElement) => {
    current?.classList.remove('reading-now');
    current = element;
    if (!element) return;
    element.classList.add('reading-now');
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  };
  const finish = () => {
    run += 1;
    speechSynthesis.cancel?.();
    highlight(undefined);
    show('idle');
  };
  const start = () => {
    speechSynthesis.cancel?.();
    const mine = ++run;
    const root = document.querySelector<HTMLElement>('[data-read-root]') ?? document.querySelector('main');
    const blocks = root ? collectBlocks(root, strings) : [];
    const voice = pickVoice(lang);
    const utterances = blocks.flatMap((block) =>
      block.texts.map((text, i) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        if (voice) utterance.voice = voice;
        if (i === 0)
          utterance.onstart = () => {
            if (run === mine) highlight(block.element);
          };
        return utterance;
      }),
    );
    if (utterances.length === 0) return;
    utterances.at(-1)!.onend = () => {
      if (run === mine) finish();
    };
    show('reading');
    // The first block is marked at once: some voices report their start late.
    highlight(blocks[0].element);
    utterances.forEach((u) => speechSynthesis.speak(u));
  };

  control.hidden = false;
  show('idle');
  main.addEventListener('click', () => {
    if (state === 'idle') start();
    else if (state === 'reading') {
      speechSynthesis.pause?.();
      show('paused');
    } else {
      speechSynthesis.resume?.();
      show('reading');
    }
  });
  stop.addEventListener('click', () => {
    finish();
    main.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state !== 'idle') finish();
  });
  // Leaving the page must not leave the browser talking.
  addEventListener('pagehide', () => {
    if (state !== 'idle') finish();
  });
}

function pickVoice(lang: string): SpeechSynthesisVoice | undefined {
  const voices = typeof speechSynthesis.getVoices === 'function' ? speechSynthesis.getVoices() : [];
  const wanted = lang.toLowerCase();
  const matching = voices.filter((v) => v.lang.replace('_', '-').toLowerCase().startsWith(wanted.split('-')[0]));
  return matching.find((v) => v.lang.replace('_', '-').toLowerCase() === wanted) ?? matching[0];
}

/** The blocks of text under `root` in reading order; tables and charts become sentences. */
function collectBlocks(root: HTMLElement, strings: Strings): Block[] {
  const blocks: Block[] = [];
  const visit = (element: HTMLElement) => {
    for (const child of element.children) {
      if (!(child instanceof HTMLElement) || child.matches(SKIPPED) || child.hidden || isHidden(child)) continue;
      // A map is read like a chart: its title, then its table (it has no canvas).
      if (child.matches('figure.chart, figure.map-figure')) blocks.push(...readChart(child, strings));
      else if (child.matches('table')) pushBlock(blocks, child, readTable(child as HTMLTableElement, strings));
      else if (child.matches(BLOCKS) && !child.querySelector('p, ul, ol, dl, table')) pushBlock(blocks, child, [speakableText(child)]);
      else visit(child);
    }
  };
  visit(root);
  return blocks;
}

function pushBlock(blocks: Block[], element: HTMLElement, sentences: string[]): void {
  const texts = sentences.flatMap((s) => splitForSpeech(s));
  if (texts.length > 0) blocks.push({ element, texts });
}

/** A chart reads as its title, then its table when the table shows, else the chart's summary. */
function readChart(figure: HTMLElement, strings: Strings): Block[] {
  const title = figure.querySelector<HTMLElement>('figcaption');
  const table = figure.querySelector<HTMLTableElement>('table');
  const canvas = figure.querySelector('canvas');
  const tableShows = table && !isHidden(table.closest<HTMLElement>('.chart-table') ?? table);
  const sentences = [title ? speakableText(title) : '', ...(tableShows || !canvas ? (table ? readTable(table, strings) : []) : [canvas.getAttribute('aria-label') ?? ''])];
  const blocks: Block[] = [];
  pushBlock(blocks, figure, sentences);
  return blocks;
}

/** A table as sentences: each row's name, then each value with its column header. */
function readTable(table: HTMLTableElement, strings: Strings): string[] {
  const rows = [...table.rows];
  const headRow = table.tHead?.rows[0] ?? (rows[0] && [...rows[0].cells].every((c) => c.tagName === 'TH') ? rows[0] : undefined);
  const headers = headRow ? [...headRow.cells].map(speakableText) : [];
  const caption = table.caption ? [speakableText(table.caption)] : [];
  return [
    ...caption,
    ...rows
      .filter((row) => row !== headRow)
      .map((row) => {
        const [first, ...rest] = [...row.cells].map(speakableText);
        return describeTableRow(first ?? '', headers.slice(1), rest, strings);
      }),
  ];
}

/** Text as a listener should hear it: without decorative symbols (aria-hidden), spaces collapsed. */
function speakableText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"], script, style, .footnote-ref, .footnote-backref').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isHidden(element: HTMLElement): boolean {
  return getComputedStyle(element).display === 'none';
}
