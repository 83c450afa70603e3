import type { TemplateField } from './render.ts';
import { renderFields, renderMarkdownFile } from './render.ts';

/** Every field of a report file in the contract's order, with the comment editors see. */
export const REPORT_FIELDS: readonly TemplateField[] = [
  { key: 'title', comment: '报告标题', required: true },
  { key: 'date', comment: '发布日期，YYYY-MM-DD，如 2023-03-29', required: true },
  { key: 'author', comment: '发布单位或作者，如 示例区社会事务局' },
  { key: 'summary', comment: '一段摘要，显示在报告列表中' },
  { key: 'order', comment: '在报告列表中的位置（整数，小的在前；不写则按日期，新的在前）' },
  { key: 'draft', plain: true, comment: '草稿：true 时只在 npm run dev 中显示，构建时不发布。定稿后删去这一行' },
];

/** Writes a report file: every field, commented, filled where known, and a body to start from. */
export function renderReportFile(values: Record<string, unknown>, origin: string): string {
  const header = [`经验报告，由 ${origin} 生成。写法见 docs/编辑指南.md。`, '行首是“# ”的字段尚未填写：删去这两个字符，在冒号后写上内容。'];
  const body = ['## 一、基本情况', '', '（报告正文。可以插入图表和引用全区数字，写法见 docs/编辑指南.md 的“图表”和“内嵌数值”两节。）'].join('\n');
  return renderMarkdownFile(header, renderFields(REPORT_FIELDS, values), body);
}
