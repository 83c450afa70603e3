import type { Editing } from '../schema.ts';
import type { ContentText } from './check-files.ts';

/** Where the files of a git backend are read from. */
export interface ForgeSource {
  editing: Editing;
  /** The content folder inside the repository (`content`). */
  contentPath: string;
  /** The access token the editor signed in with; public repositories need none. */
  token?: string;
}

type Fetch = (url: string, init: { headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown>; text(): Promise<string> }>;

interface ForgeApi {
  list(path: string): string;
  raw(path: string): string;
  headers: Record<string, string>;
  rawHeaders?: Record<string, string>;
  /** A listing entry's name and whether it is a file. */
  entry(item: Record<string, unknown>): { name: string; file: boolean };
}

/** The REST calls of each forge: list a folder, read a file, on the configured branch. */
function describeApi({ editing, token }: ForgeSource): ForgeApi {
  const repo = editing.repo ?? '';
  const base = editing.base_url?.replace(/\/+$/, '');
  const ref = editing.branch ? encodeURIComponent(editing.branch) : '';
  const path = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  switch (editing.backend) {
    case 'gitlab': {
      const api = `${base ?? 'https://gitlab.com'}/api/v4/projects/${encodeURIComponent(repo)}/repository`;
      return {
        list: (p) => `${api}/tree?path=${encodeURIComponent(p)}&per_page=100${ref ? `&ref=${ref}` : ''}`,
        raw: (p) => `${api}/files/${encodeURIComponent(p)}/raw?ref=${ref || 'HEAD'}`,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        entry: (item) => ({ name: String(item.name), file: item.type === 'blob' }),
      };
    }
    case 'github': {
      const api = `https://api.github.com/repos/${repo}/contents`;
      return {
        list: (p) => `${api}/${path(p)}${ref ? `?ref=${ref}` : ''}`,
        raw: (p) => `${api}/${path(p)}${ref ? `?ref=${ref}` : ''}`,
        headers: { Accept: 'application/vnd.github+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        rawHeaders: { Accept: 'application/vnd.github.raw' },
        entry: (item) => ({ name: String(item.name), file: item.type === 'file' }),
      };
    }
    default: {
      const api = `${base ?? 'https://gitea.com'}/api/v1/repos/${repo}`;
      return {
        list: (p) => `${api}/contents/${path(p)}${ref ? `?ref=${ref}` : ''}`,
        raw: (p) => `${api}/raw/${path(p)}${ref ? `?ref=${ref}` : ''}`,
        headers: token ? { Authorization: `token ${token}` } : {},
        entry: (item) => ({ name: String(item.name), file: item.type === 'file' }),
      };
    }
  }
}

/**
 * Reads site.yaml and the Markdown files of communities and reports from the branch the CMS
 * edits, through the forge's REST API, for the same checks as a local folder. Throws with a
 * Chinese message naming the failed request.
 */
export async function readForgeTexts(source: ForgeSource, fetchFile: Fetch): Promise<ContentText[]> {
  const api = describeApi(source);
  const root = source.contentPath.replace(/\/+$/, '');
  const inRepo = (p: string) => (root && root !== '.' ? `${root}/${p}` : p);
  const get = async (url: string, headers: Record<string, string>) => {
    const response = await fetchFile(url, { headers });
    if (!response.ok) throw new Error(`读取失败（HTTP ${response.status}）：${url}`);
    return response;
  };
  const readText = async (p: string) => (await get(api.raw(inRepo(p)), { ...api.headers, ...api.rawHeaders })).text();
  const texts: ContentText[] = [{ path: 'site.yaml', text: await readText('site.yaml') }];
  for (const folder of ['communities', 'reports']) {
    const listing = (await (await get(api.list(inRepo(folder)), api.headers)).json()) as Record<string, unknown>[];
    const names = listing
      .map(api.entry)
      .filter((e) => e.file && e.name.endsWith('.md'))
      .map((e) => e.name)
      .sort();
    for (const name of names) texts.push({ path: `${folder}/${name}`, text: await readText(`${folder}/${name}`) });
  }
  return texts;
}
