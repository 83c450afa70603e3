// The HTML of /admin/ (the CMS) and /admin/check/ (problems in the editor's files).
import type { Editing } from '../../lib/schema.ts';

/** Escapes text for HTML attributes and text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The admin pages' CSP, as narrow as the CMS allows: its scripts and fonts from the site only;
 * inline styles (Svelte adds its component styles as <style> elements); blob: for its worker
 * and for previews of images not yet saved; and the forge's API for the git backends.
 */
export function buildAdminCsp(editing: Editing): string {
  const forge = getForgeOrigins(editing).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' blob: data:${forge ? ` ${forge}` : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The hosts a git backend talks to; none for a local folder. */
export function getForgeOrigins(editing: Editing): string[] {
  if (editing.backend === 'local') return [];
  if (editing.base_url) return [new URL(editing.base_url).origin];
  return editing.backend === 'github' ? ['https://api.github.com'] : editing.backend === 'gitlab' ? ['https://gitlab.com'] : ['https://gitea.com'];
}

const head = (title: string, csp: string) => [
  '<!doctype html>',
  '<html lang="zh-CN">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<meta name="robots" content="noindex, nofollow">',
  `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
  `<title>${escapeHtml(title)}</title>`,
];

/**
 * /admin/: loads the CMS from the site itself. The CMS finds its configuration beside the page
 * (`config.yml` in the page's folder), whatever the base path.
 */
export function renderAdminPage(options: { title: string; base: string; script: string; editing: Editing }): string {
  const admin = `${options.base.replace(/\/?$/, '/')}admin/`;
  return [
    ...head(`内容编辑 · ${options.title}`, buildAdminCsp(options.editing)),
    '</head>',
    '<body>',
    // Runs first: the CMS picks its language from the browser's; this site's editors read Chinese.
    `<script src="${escapeHtml(admin)}zh-cn.js"></script>`,
    `<script src="${escapeHtml(options.script)}"></script>`,
    `<script src="${escapeHtml(admin)}cms-format.js"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Runs before the CMS: Chinese strings whatever the browser's language, and a manual start. */
export const CHINESE_FIRST_SCRIPT = [
  '// Sveltia CMS picks its interface language from navigator.languages: put Chinese first.',
  '// It starts once cms-format.js has taught it the file format.',
  'window.CMS_MANUAL_INIT = true;',
  "Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'zh'] });",
  "Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' });",
  '',
].join('\n');

/**
 * /admin/check/: a button that reads the content folder and a list of its problems; with a git
 * backend, also a form that reads the files of the branch the CMS edits.
 */
export function renderCheckPage(options: { title: string; base: string; editing: Editing; contentPath?: string }): string {
  const admin = `${options.base.replace(/\/?$/, '/')}admin/`;
  const forge =
    options.editing.backend === 'local'
      ? []
      : [
          `<form data-forge="${escapeHtml(JSON.stringify({ editing: options.editing, contentPath: options.contentPath ?? 'content' }))}">`,
          `<p>或者直接读取服务器上 ${escapeHtml(options.editing.repo ?? '')} 仓库${options.editing.branch ? `（${escapeHtml(options.editing.branch)} 分支）` : ''}的文件：</p>`,
          '<p><label>访问令牌（与登录编辑器时相同；公开仓库可不填）<br><input type="password" name="token" autocomplete="off"></label></p>',
          '<p><button type="submit">从服务器读取并检查</button></p>',
          '</form>',
        ];
  return [
    ...head(`检查内容 · ${options.title}`, buildAdminCsp(options.editing)),
    `<link rel="stylesheet" href="${escapeHtml(admin)}check/check.css">`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>检查内容</h1>',
    '<p>在这里检查正在编辑的文件，列出的问题与 <code>npm run validate</code> 给出的完全相同（文件、行号、说明）。图片、页面之间的链接和数据表请以构建时的检查为准。</p>',
    '<p><button type="button" data-pick-folder hidden>选择内容所在的文件夹</button></p>',
    ...forge,
    '<noscript><p>检查需要启用 JavaScript。</p></noscript>',
    '<p data-summary role="status">选择与编辑器相同的文件夹（含 content 的项目文件夹，或 content 文件夹本身）后开始检查。这个页面只读取文件，不会修改。</p>',
    '<ol data-problems></ol>',
    `<p><a href="${escapeHtml(admin)}">返回编辑器</a></p>`,
    '</main>',
    `<script type="module" src="${escapeHtml(admin)}check/check.js"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A few plain rules for the check page (it has no inline styles: the CSP would refuse them). */
export const CHECK_CSS = `body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.6; }
button { font: inherit; padding: 0.4rem 1rem; }
li[data-severity="error"] { color: #a00; }
li[data-severity="warning"] { color: #805b00; }
code { font-family: ui-monospace, monospace; }
`;
