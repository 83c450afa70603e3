import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import type { Editing, Site } from '../../lib/schema.ts';
import { communitySchema, reportSchema, STANDARD_STATUSES } from '../../lib/schema.ts';
import { getCommunityFields } from '../templates/community.ts';
import type { TemplateField } from '../templates/render.ts';
import { REPORT_FIELDS } from '../templates/report.ts';
import type { CmsField } from '../../lib/admin/fields.ts';
import { CMS_FORMAT } from '../../lib/admin/cms-format.ts';
import { buildCmsFields } from '../../lib/admin/fields.ts';
import { OPTION_LABELS } from '../../lib/admin/labels.ts';

/** Where the content folder sits in the repository the CMS opens, and which schemas to show. */
export interface CmsConfigOptions {
  /** The content folder relative to the repository root, `content` in this project. */
  contentPath: string;
  /** The community schema; tests pass a copy with an extra field. */
  communitySchema?: z.ZodType;
  reportSchema?: z.ZodType;
}

/**
 * Builds the CMS configuration (Decap format, as Sveltia CMS reads it) from the content schema
 * and site.yaml: one collection for communities and one for reports, every field of the
 * contract in its order. Returns undefined when site.yaml has no `editing:` block.
 */
export function buildCmsConfig(site: Site, options: CmsConfigOptions): Record<string, unknown> | undefined {
  if (!site.editing) return undefined;
  const root = options.contentPath.replace(/\/+$/, '');
  const inFolder = (name: string) => (root === '' || root === '.' ? name : `${root}/${name}`);
  return {
    backend: describeBackend(site.editing),
    // Uploaded files get ASCII names (pinyin or the original Latin part) in content/media/.
    // The CMS wants an absolute public folder here; each collection writes `../media/…`,
    // relative to its file, which is how the content refers to images.
    media_folder: inFolder('media'),
    public_folder: '/media',
    media_libraries: { default: { config: { slugify_filename: true, max_file_size: 5_000_000 } } },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Same YAML as the project writes: two spaces, indented lists, no forced quotes.
    output: { omit_empty_optional_fields: true, yaml: { indent_size: 2, indent_sequences: true, quote: 'none' } },
    collections: [
      {
        name: 'communities',
        label: '社区',
        label_singular: '社区',
        folder: inFolder('communities'),
        extension: 'md',
        format: CMS_FORMAT,
        create: true,
        ...MEDIA,
        identifier_field: 'name',
        summary: '{{name}}（{{street}}）',
        sortable_fields: ['name', 'street', 'households'],
        fields: [...buildEntryFields(options.communitySchema ?? communitySchema, hintsOf(getCommunityFields(site)), site), bodyField()],
      },
      {
        name: 'reports',
        label: '经验报告',
        label_singular: '报告',
        folder: inFolder('reports'),
        extension: 'md',
        format: CMS_FORMAT,
        create: true,
        ...MEDIA,
        identifier_field: 'title',
        summary: '{{title}}（{{date}}）',
        fields: [...buildEntryFields(options.reportSchema ?? reportSchema, hintsOf(REPORT_FIELDS), site), bodyField()],
      },
    ],
  };
}

/** Images of a collection go to content/media/ and are written relative to the file. */
const MEDIA = { media_folder: '../media', public_folder: '../media' };

/** The configuration as the YAML file `/admin/config.yml`. */
export function formatCmsConfig(config: Record<string, unknown>): string {
  return ['# 由 npm run build 根据内容规则（src/lib/schema.ts）和 site.yaml 生成，请勿手改。', stringify(config, { indent: 2, lineWidth: 0 })].join('\n');
}

function describeBackend(editing: Editing): Record<string, unknown> {
  const branch = editing.branch ? { branch: editing.branch } : {};
  const base = editing.base_url?.replace(/\/+$/, '');
  switch (editing.backend) {
    case 'gitea':
      return { name: 'gitea', repo: editing.repo, ...branch, ...(base ? { base_url: base, api_root: `${base}/api/v1` } : {}) };
    case 'gitlab':
      return { name: 'gitlab', repo: editing.repo, ...branch, ...(base ? { base_url: base, api_root: `${base}/api/v4` } : {}) };
    case 'github':
      return { name: 'github', repo: editing.repo, ...branch };
    case 'local':
      // Sveltia has no backend named "local": any git backend offers "work with a local
      // repository" on localhost, and nothing is ever sent to the server named here.
      return { name: 'github', repo: editing.repo ?? 'local/content', ...branch };
  }
}

function buildEntryFields(schema: z.ZodType, hints: ReadonlyMap<string, string>, site: Site): CmsField[] {
  const special = (path: string, label: string, required: boolean): CmsField | undefined => {
    if (path === 'standards') return buildStandardsField(site, label, required);
    // The district's own list of community types, when site.yaml has one.
    if (path === 'type' && site.community_types) return { name: 'type', label, required, widget: 'select', options: site.community_types.map((t) => ({ label: t, value: t })) };
    return undefined;
  };
  const fields = buildCmsFields(schema, { hints, special });
  // A new entry starts as a draft: nothing half-typed is published or counted.
  return fields.map((field) => {
    if (field.name === 'draft') return { ...field, default: true };
    if (field.name === 'cover') return { ...field, widget: 'image', choose_url: false };
    return field;
  });
}

/**
 * `standards`: one status select per standard of site.yaml, each with an optional note. The
 * file format (cms-format.ts) turns a bare status into `{ status }` and back.
 */
function buildStandardsField(site: Site, label: string, required: boolean): CmsField {
  const options = STANDARD_STATUSES.map((value) => ({ label: `${OPTION_LABELS[value]}（${value}）`, value }));
  return {
    name: 'standards',
    label,
    widget: 'object',
    required,
    fields: site.standards.map((standard) => ({
      name: standard.id,
      label: standard.name,
      widget: 'object',
      fields: [
        { name: 'status', label: '达标情况', widget: 'select', options },
        { name: 'note', label: '说明', widget: 'string', required: false, hint: '部分达标或未达标时写明原因，可不填' },
      ],
    })),
  };
}

function bodyField(): CmsField {
  return { name: 'body', label: '正文', widget: 'markdown', hint: '正文用 Markdown 书写；图表和内嵌数值的写法见编辑指南' };
}

/** The Chinese comments `npm run new` writes above each field, by dotted path. */
function hintsOf(fields: readonly TemplateField[], prefix = ''): Map<string, string> {
  const hints = new Map<string, string>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    hints.set(path, field.comment);
    if (field.children) for (const [k, v] of hintsOf(field.children, path)) hints.set(k, v);
  }
  return hints;
}
