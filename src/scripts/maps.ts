// The map figures' controls. The maps are drawn at build time and read without this script;
// it adds the measure switch, values as text on focus and hover, the map/table toggle and the
// PNG download (drawn from the SVG's own paths, so no image is loaded and the CSP holds).

/** Sets up every map figure of the page. */
export function setUpMaps(): void {
  document.querySelectorAll<HTMLElement>('figure.map-figure').forEach(setUpMap);
}

function setUpMap(figure: HTMLElement): void {
  const readout = figure.querySelector<HTMLElement>('.map-readout');
  if (readout) readout.hidden = false;
  figure.querySelectorAll<HTMLElement>('.chart-toggle').forEach((group) => {
    group.hidden = false;
    group.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset.measure !== undefined) figure.dataset.measure = button.dataset.measure;
      if (button.dataset.view !== undefined) {
        figure.dataset.view = button.dataset.view;
        // A reader's own choice holds in 长辈模式 too (which otherwise shows the table first).
        figure.setAttribute('data-chosen', '');
      }
      group.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    });
  });
  syncViewToggle(figure);
  new MutationObserver(() => syncViewToggle(figure)).observe(document.documentElement, { attributes: true, attributeFilter: ['data-care'] });
  const show = (event: Event) => {
    const shape = (event.target as Element).closest('.map-shape');
    // A shape's name and values are its title (which names it for screen readers too).
    if (shape && readout) readout.textContent = shape.querySelector('title')?.textContent ?? '';
  };
  figure.querySelector('svg')?.addEventListener('focusin', show);
  figure.querySelector('svg')?.addEventListener('mouseover', show);
  const download = figure.querySelector<HTMLButtonElement>('[data-download-image]');
  if (!download) return;
  download.hidden = false;
  download.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = drawPng(figure);
    link.download = `${figure.id.replace(/^chart-/, '')}.png`;
    link.click();
  });
}

/** The 图表/数据表 buttons say which view shows: in 长辈模式 the table, until the reader picks. */
function syncViewToggle(figure: HTMLElement): void {
  const care = document.documentElement.dataset.care === 'on' && !figure.hasAttribute('data-chosen');
  const view = care ? 'table' : figure.dataset.view;
  figure.querySelectorAll<HTMLElement>('.chart-toggle button[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
}

/** Paints the SVG onto a canvas with the colours the page shows now (theme and measure). */
function drawPng(figure: HTMLElement): string {
  const svg = figure.querySelector<SVGSVGElement>('svg')!;
  const { width, height } = svg.viewBox.baseVal;
  const scale = 2;
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width * scale, height * scale];
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = getComputedStyle(figure).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : getComputedStyle(figure).backgroundColor;
  context.fillRect(0, 0, width, height);
  for (const element of svg.querySelectorAll<SVGGraphicsElement>('path, rect, circle')) {
    const style = getComputedStyle(element);
    const path = new Path2D();
    if (element instanceof SVGPathElement) path.addPath(new Path2D(element.getAttribute('d') ?? ''));
    else if (element instanceof SVGRectElement) path.rect(element.x.baseVal.value, element.y.baseVal.value, element.width.baseVal.value, element.height.baseVal.value);
    else if (element instanceof SVGCircleElement) path.arc(element.cx.baseVal.value, element.cy.baseVal.value, element.r.baseVal.value, 0, 2 * Math.PI);
    if (style.fill !== 'none') {
      context.fillStyle = style.fill;
      context.fill(path, 'evenodd');
    }
    if (style.stroke !== 'none') {
      context.strokeStyle = style.stroke;
      context.lineWidth = parseFloat(style.strokeWidth) || 1;
      context.stroke(path);
    }
  }
  for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
    const style = getComputedStyle(text);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.textAlign = ({ middle: 'center', end: 'end' } as Record<string, CanvasTextAlign>)[text.getAttribute('text-anchor') ?? ''] ?? 'start';
    const [x, y] = [Number(text.getAttribute('x')), Number(text.getAttribute('y'))];
    if (style.stroke !== 'none') {
      context.lineWidth = parseFloat(style.strokeWidth) || 1;
      context.strokeStyle = style.stroke;
      context.strokeText(text.textContent ?? '', x, y);
    }
    context.fillStyle = style.fill;
    context.fillText(text.textContent ?? '', x, y);
  }
  return canvas.toDataURL('image/png');
}
