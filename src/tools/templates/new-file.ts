import { isDate } from '../../lib/dates.ts';
import type { Site } from '../../lib/schema.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../../lib/schema.ts';
import { renderCommunityFile } from './community.ts';
import { renderReportFile } from './report.ts';

/** The kinds of file `npm run new` writes. */
export const NEW_FILE_KINDS = ['community', 'report'] as const;
export type NewFileKind = (typeof NEW_FILE_KINDS)[number];

/** What the editor passed to `npm run new`. */
export interface NewFileRequest {
  kind: string;
  slug: string;
  name?: string;
  street?: string;
  type?: string;
  title?: string;
  date?: string;
}

/**
 * Checks a request and writes the new file's text: a draft, so that nothing published comes
 * from a template. Returns the path inside the content folder, or what is wrong, in Chinese.
 */
export function prepareNewFile(request: NewFileRequest, site: Site | undefined, origin = 'npm run new'): { file: string; text: string } | { error: string } {
  const { kind, slug } = request;
  if (!(NEW_FILE_KINDS as readonly string[]).includes(kind)) {
    return { error: `不知道要新建什么：“${kind}”。应为 community（社区）或 report（报告）` };
  }
  if (!SLUG_PATTERN.test(slug)) return { error: `名称“${slug}”不符合规则：${SLUG_RULE}` };
  if (kind === 'community') {
    const types = site?.community_types;
    if (request.type !== undefined && types && !types.includes(request.type)) {
      return { error: `社区类型“${request.type}”不在 site.yaml 的 community_types 中（应为：${types.join('、')}）` };
    }
    const values = { name: clean(request.name), street: clean(request.street), type: clean(request.type), draft: true };
    return { file: `communities/${slug}.md`, text: renderCommunityFile({ values, site, origin }) };
  }
  if (request.date !== undefined && !isDate(request.date)) {
    return { error: `日期“${request.date}”不对：应为真实存在的日期，格式 YYYY-MM-DD` };
  }
  return { file: `reports/${slug}.md`, text: renderReportFile({ title: clean(request.title), date: request.date, draft: true }, origin) };
}

function clean(text: string | undefined): string | undefined {
  return text?.trim() || undefined;
}
