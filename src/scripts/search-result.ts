// One search result as the district and city search pages show it. Pagefind's excerpt is HTML
// built from page text: only its <mark> tags survive, everything else becomes text.

/** What a result needs from Pagefind's data. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** Title link, an optional line under it (the city names the district), and the excerpt. */
export function renderResult(result: ResultData, note?: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  if (note !== undefined) {
    const meta = document.createElement('p');
    meta.className = 'report-meta';
    meta.textContent = note;
    item.append(meta);
  }
  item.append(renderExcerpt(result.excerpt));
  return item;
}

function renderExcerpt(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/)) {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities((match ? match[1] : part).replace(/<[^>]*>/g, ''));
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      paragraph.append(mark);
    } else {
      paragraph.append(text);
    }
  }
  return paragraph;
}

function decodeEntities(text: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
}
