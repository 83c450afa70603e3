import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SLUG_PATTERN } from '../../lib/schema.ts';
import { readYamlData } from './edit.ts';
import { cutFrontmatter } from './markdown-file.ts';

/** A community file as the import sees it: on disk, changed in memory, or new. */
export interface CommunityFile {
  slug: string;
  /** Path inside the content folder (`communities/qingshi.md`). */
  file: string;
  /** The text on disk; undefined for a file this import creates. */
  original?: string;
  /** The text now, with this import's changes. */
  text?: string;
  /** Why the file cannot be edited (not UTF-8). */
  problem?: string;
}

/** The content folder's community files, held in memory while an import runs. */
export interface CommunityStore {
  get(slug: string): CommunityFile | undefined;
  /** Files whose frontmatter `name` is this name. */
  findByName(name: string): CommunityFile[];
  /** Records new text for a file, creating it when it is new. */
  put(slug: string, text: string): void;
  /** Files created or changed, in slug order. */
  listChanged(): CommunityFile[];
}

/** Makes a store over files already read. */
export function createCommunityStore(files: readonly CommunityFile[]): CommunityStore {
  const bySlug = new Map(files.map((f) => [f.slug, { ...f }]));
  const names = new Map<string, string | undefined>();
  const nameOf = (f: CommunityFile) => {
    if (!names.has(f.slug)) names.set(f.slug, readName(f.text));
    return names.get(f.slug);
  };
  return {
    get: (slug) => bySlug.get(slug),
    findByName: (name) => [...bySlug.values()].filter((f) => nameOf(f) === name),
    put(slug, text) {
      const existing = bySlug.get(slug);
      bySlug.set(slug, existing ? { ...existing, text } : { slug, file: `communities/${slug}.md`, text });
      names.delete(slug);
    },
    listChanged: () => [...bySlug.values()].filter((f) => f.text !== undefined && f.text !== f.original).sort((a, b) => a.slug.localeCompare(b.slug)),
  };
}

function readName(text: string | undefined): string | undefined {
  const parts = text === undefined ? undefined : cutFrontmatter(text);
  const data = parts && readYamlData(parts.frontmatter);
  const name = data && typeof data === 'object' ? (data as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name.trim() : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `communities/*.md` of a content folder; a file that is not UTF-8 is kept with a problem. */
export async function readCommunityFiles(root: string): Promise<CommunityFile[]> {
  const folder = path.join(root, 'communities');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.md') && SLUG_PATTERN.test(n.slice(0, -3))).sort();
  return Promise.all(
    names.map(async (name): Promise<CommunityFile> => {
      const slug = name.slice(0, -3);
      const file = `communities/${name}`;
      try {
        const text = utf8.decode(await readFile(path.join(folder, name)));
        return { slug, file, original: text, text };
      } catch {
        return { slug, file, problem: `${file} 不是 UTF-8 编码：请先以 UTF-8 另存` };
      }
    }),
  );
}
