import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';

/**
 * Lists every internal link, fragment and asset of a built site that does not resolve:
 * `page → url`. External URLs are left to the browser tests (which forbid requests to them).
 */
export async function findBrokenLinks(dist: string, base = '/'): Promise<string[]> {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set(
          parse(await readFile(file, 'utf8'))
            .querySelectorAll('[id]')
            .map((e) => e.id),
        ),
      );
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const html = parse(await readFile(path.join(dist, page), 'utf8'));
    for (const element of html.querySelectorAll('[href], [src], [srcset]')) {
      const urls = [
        element.getAttribute('href'),
        element.getAttribute('src'),
        ...(element
          .getAttribute('srcset')
          ?.split(',')
          .map((s) => s.trim().split(' ')[0]) ?? []),
      ];
      for (const url of urls.filter((u): u is string => !!u && (u.startsWith('/') || u.startsWith('#')) && !u.startsWith('//'))) {
        const [pathname, fragment] = decodeURI(url).split('#');
        const relative = pathname === '' ? page : pathname.startsWith(base) ? pathname.slice(base.length) : null;
        const file = relative === null ? null : path.join(dist, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
        if (!file || !existsSync(file)) broken.push(`${page} → ${url}`);
        else if (fragment && file.endsWith('.html') && !(await idsOf(file)).has(fragment)) broken.push(`${page} → ${url}`);
      }
    }
  }
  return broken;
}
