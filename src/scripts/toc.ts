// The table of contents: open beside the text on wide screens (collapsed above it on narrow
// ones), with the section being read marked aria-current as the reader scrolls.

const WIDE = '(min-width: 1100px)';

/** Keeps the table of contents open on wide screens and marks the current section. */
export function followToc(): void {
  const toc = document.querySelector<HTMLElement>('[data-toc]');
  const details = toc?.querySelector('details');
  if (!toc || !details) return;
  const wide = matchMedia(WIDE);
  // Browsers without ::details-content styling still get it open on wide screens.
  // 长辈模式 keeps one column, the table of contents collapsed above the text.
  const syncOpen = () => {
    if (wide.matches && document.documentElement.dataset.care !== 'on') details.open = true;
  };
  syncOpen();
  wide.addEventListener('change', syncOpen);
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) links.set(target, link);
  }
  const targets = [...links.keys()];
  if (targets.length === 0) return;
  const mark = () => {
    // The current section is the last heading that has passed the top third of the screen;
    // at the foot of the page, where the last headings can never get that high, the last one in view.
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const line = atEnd ? innerHeight : innerHeight / 3;
    const current = targets.filter((t) => t.getBoundingClientRect().top <= line).at(-1) ?? targets[0];
    for (const [target, link] of links) {
      if (target === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
