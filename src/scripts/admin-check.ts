// The check page of the browser editor (/admin/check/): reads the content files of the folder
// the editor works in and lists their problems in the words `npm run validate` uses.
import type { ContentText } from '../lib/admin/check-files.ts';
import { checkContentTexts } from '../lib/admin/check-files.ts';
import type { ForgeSource } from '../lib/admin/forge-files.ts';
import { readForgeTexts } from '../lib/admin/forge-files.ts';
import { formatProblem } from '../lib/problems.ts';

interface DirectoryHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandle | FileHandle>;
  getDirectoryHandle(name: string): Promise<DirectoryHandle>;
}
interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}
type PickerWindow = Window & { showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite' }) => Promise<DirectoryHandle> };

const CONTENT_FOLDERS = ['communities', 'reports'];

/** The content folder of a picked folder: itself when it holds site.yaml, else its `content/`. */
async function findContentFolder(picked: DirectoryHandle): Promise<{ folder: DirectoryHandle; prefix: string }> {
  for await (const entry of picked.values()) if (entry.kind === 'file' && entry.name === 'site.yaml') return { folder: picked, prefix: '' };
  return { folder: await picked.getDirectoryHandle('content'), prefix: 'content' };
}

/** Reads site.yaml and the Markdown files of the content folder as texts. */
async function readContentTexts(folder: DirectoryHandle): Promise<ContentText[]> {
  const texts: ContentText[] = [];
  for await (const entry of folder.values()) {
    if (entry.kind === 'file' && entry.name === 'site.yaml') texts.push({ path: entry.name, text: await (await entry.getFile()).text() });
    if (entry.kind === 'directory' && CONTENT_FOLDERS.includes(entry.name)) {
      for await (const file of entry.values()) {
        if (file.kind === 'file' && file.name.endsWith('.md')) texts.push({ path: `${entry.name}/${file.name}`, text: await (await file.getFile()).text() });
      }
    }
  }
  return texts;
}

function showProblems(texts: readonly ContentText[], prefix: string): void {
  const problems = checkContentTexts(texts, prefix);
  const list = document.querySelector<HTMLOListElement>('[data-problems]');
  const summary = document.querySelector<HTMLElement>('[data-summary]');
  if (!list || !summary) return;
  const errors = problems.filter((p) => p.severity === 'error').length;
  summary.textContent = problems.length === 0 ? `已检查 ${texts.length} 个文件，没有发现问题。` : `已检查 ${texts.length} 个文件：${errors} 个错误，${problems.length - errors} 个提醒。`;
  list.replaceChildren(
    ...problems.map((p) => {
      const item = document.createElement('li');
      item.dataset.severity = p.severity;
      // The line `npm run validate` prints, word for word.
      item.textContent = formatProblem(p);
      return item;
    }),
  );
}

const button = document.querySelector<HTMLButtonElement>('[data-pick-folder]');
const picker = (window as PickerWindow).showDirectoryPicker;
if (button && picker) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      const { folder, prefix } = await findContentFolder(await picker({ mode: 'read' }));
      showProblems(await readContentTexts(folder), prefix);
    } catch (error) {
      const summary = document.querySelector<HTMLElement>('[data-summary]');
      if (summary && !(error instanceof DOMException && error.name === 'AbortError')) summary.textContent = `无法读取这个文件夹：${String(error)}`;
    }
  });
}

// Git backends: the files of the branch the CMS edits, through the forge's API.
const forgeForm = document.querySelector<HTMLFormElement>('form[data-forge]');
if (forgeForm) {
  const { editing, contentPath } = JSON.parse(forgeForm.dataset.forge ?? '{}') as Omit<ForgeSource, 'token'>;
  forgeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const summary = document.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.textContent = '正在从服务器读取……';
    try {
      const token = new FormData(forgeForm).get('token');
      const texts = await readForgeTexts({ editing, contentPath, token: typeof token === 'string' && token ? token : undefined }, (url, init) => fetch(url, init));
      showProblems(texts, contentPath);
    } catch (error) {
      if (summary) summary.textContent = error instanceof Error ? error.message : String(error);
    }
  });
}
