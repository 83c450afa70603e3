import { z } from 'astro/zod';
import { isDate, isMonthOrDate } from './dates.ts';

// Each builder carries the Chinese expectation that problems quote ("应为……"); src/lib/fields.ts turns them into problems.
const text = () => z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });
const count = () => z.int({ error: '应为不小于 0 的整数' }).min(0, { error: '应为不小于 0 的整数' });
const amount = (unit: string) => z.number({ error: `应为不小于 0 的数字（${unit}）` }).min(0, { error: `应为不小于 0 的数字（${unit}）` });
const wan = () => amount('万元');
const percent = () => z.number({ error: '应为 0–100 之间的数字' }).min(0, { error: '应为 0–100 之间的数字' }).max(100, { error: '应为 0–100 之间的数字' });
const year = () => z.int({ error: '应为四位数年份（整数）' }).min(1900, { error: '应为四位数年份（1900–2100）' }).max(2100, { error: '应为四位数年份（1900–2100）' });
const date = () => z.string({ error: '应为 YYYY-MM-DD 格式的日期文字' }).refine(isDate, { error: '应为真实存在的日期，格式 YYYY-MM-DD' });
const month = () => z.string({ error: '应为 YYYY-MM 或 YYYY-MM-DD 格式的文字' }).refine(isMonthOrDate, { error: '应为真实存在的年月（YYYY-MM）或日期（YYYY-MM-DD）' });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: '应为列表' });

/** Slugs name files and URL segments: lower-case pinyin words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The slug rule as editors read it, quoted wherever a name is refused. */
export const SLUG_RULE = '只能用小写字母、数字和连字符，如 qingshi、dongguan-lu（拼音为宜）';

/** Levels of demonstration community, lowest first. */
export const DEMONSTRATION_LEVELS = ['none', 'district', 'city', 'province', 'national'] as const;

/** How far a community meets one standard. */
export const STANDARD_STATUSES = ['met', 'partial', 'unmet'] as const;

/** One of the district's standards (规范). */
export const standardSchema = z.object({
  /** ASCII id that community files use under `standards` (`organization`). */
  id: z.string({ error: '应为文字' }).regex(/^[a-z][a-z0-9_-]*$/, { error: '应为小写英文字母开头的 ASCII 标识（organization）' }),
  /** Display name (组织设置规范). */
  name: text(),
  /** Checkable items shown on the standards page. */
  items: list(text()).optional(),
});

/** Where the browser editor (`/admin/`) reads and saves the content files. */
export const EDITING_BACKENDS = ['local', 'gitea', 'gitlab', 'github'] as const;

/** `editing:` in site.yaml: with it the build adds the browser editor at `/admin/`. */
export const editingSchema = z
  .object(
    {
      /** local (a folder on this computer, in Chromium or Edge) | gitea | gitlab | github. */
      backend: z.enum(EDITING_BACKENDS, { error: '应为 local、gitea、gitlab、github 之一' }),
      /** The repository on the server, `org/name`; required for the git backends. */
      repo: z
        .string({ error: '应为“组织/仓库”形式的文字' })
        .regex(/^[\w.-]+\/[\w.-]+$/, { error: '应为“组织/仓库”形式的文字（如 shequ/lanxi）' })
        .optional(),
      /** The server's address, for a self-hosted Gitea, Forgejo or GitLab. */
      base_url: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' }).optional(),
      /** The branch the editor reads and commits to. */
      branch: text().optional(),
    },
    { error: '应为 { backend: local } 或 { backend: gitea, repo: 组织/仓库, base_url: 网址, branch: main }' },
  )
  .refine((e) => e.backend === 'local' || e.repo !== undefined, { error: 'repo：使用 git 服务器时必须填写仓库（组织/仓库）', path: ['repo'] });

/** `content/site.yaml`: the district and its standards. */
export const siteSchema = z.object({
  /** Site title. */
  title: text(),
  /** The district (区) the site reports on. */
  district: text(),
  /** The city the district belongs to. */
  city: text().optional(),
  /** One sentence, used in the meta description. */
  description: text().optional(),
  /** The years the report covers. */
  period: z
    .object(
      {
        /** First year. */
        from: year(),
        /** Last year. */
        to: year(),
      },
      { error: '应为 { from: 年份, to: 年份 }' },
    )
    .refine((p) => p.from <= p.to, { error: 'from 不能晚于 to', path: ['to'] }),
  /** Language of the interface text (the content stays Chinese). */
  locale: z.enum(['zh-CN', 'en'], { error: '应为 zh-CN 或 en' }).default('zh-CN'),
  /** Public address, for canonical links, the sitemap and RSS. */
  url: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' }).optional(),
  /** URL path the site is served under. */
  base: z
    .string({ error: '应为以 / 开头的路径' })
    .regex(/^\/([A-Za-z0-9._~-]+\/?)*$/, { error: '应为以 / 开头的路径（/reports/）' })
    .default('/'),
  /** Allowed values of a community's `type`. */
  community_types: list(text()).optional(),
  /** The district's standards, in display order. */
  standards: list(standardSchema).min(1, { error: '至少需要一项规范' }),
  /** Named reference values drawn as lines on charts. */
  targets: z.record(z.string(), z.number({ error: '应为数字' }), { error: '应为“名称: 数字”的映射' }).optional(),
  /** Whom readers contact about accessibility problems; shown on the accessibility statement (/accessibility/). */
  contact: z
    .object(
      {
        /** The office or person (区民政局基层政权科). */
        name: text(),
        /** An email address. */
        email: z.email({ error: '应为电子邮件地址（如 shequ@example.gov.cn）' }).optional(),
        /** A phone number, in quotes (`"0571-8888 6666"`). */
        phone: z.string({ error: '应为文字：电话号码请加引号，如 "0571-8888 6666"' }).trim().min(1, { error: '不能为空' }).optional(),
      },
      { error: '应为 { name: 部门, email: 邮箱, phone: 电话 }' },
    )
    .optional(),
  /** The browser editor at `/admin/`: where it reads and saves files. Without it there is no `/admin/`. */
  editing: editingSchema.optional(),
});

/** A community's standing against one standard: a status, or a status with a note. */
export const standardStatusSchema = z.union(
  [
    z.enum(STANDARD_STATUSES),
    z.object({
      /** met | partial | unmet. */
      status: z.enum(STANDARD_STATUSES),
      /** Why, shown beside the status. */
      note: text().optional(),
    }),
  ],
  { error: '应为 met、partial、unmet 之一，或 { status: partial, note: 说明 }' },
);

/** One year of running funds, in 万元. */
export const fundingSchema = z.object({
  /** The year. */
  year: year(),
  /** Office funds (办公经费). */
  office: wan().default(0),
  /** Party-building funds (党建经费). */
  party: wan().default(0),
  /** Party-member activity funds (党员活动经费). */
  members: wan().default(0),
  /** Public-service special funds (公共服务专项资金). */
  special: wan().default(0),
  /** Other funds: grants, co-building units, enterprises. */
  other: wan().default(0),
});

/** One resident survey. */
export const satisfactionSchema = z.object({
  /** Year of the survey. */
  year: year(),
  /** Share of satisfied residents, 0–100. */
  pct: percent(),
  /** Number of residents asked. */
  sample: count().optional(),
});

/** One service project. */
export const serviceSchema = z.object({
  /** Name of the service (四点半课堂). */
  name: text(),
  /** Start, `YYYY-MM` or `YYYY-MM-DD`. */
  since: month().optional(),
  /** People served. */
  beneficiaries: count().optional(),
  /** Partner running it with the community. */
  partner: text().optional(),
});

/** One dated event on the timeline. */
export const milestoneSchema = z.object({
  /** `YYYY-MM-DD`. */
  date: date(),
  /** What happened. */
  title: text(),
});

/** The frontmatter of `content/communities/<slug>.md`. */
export const communitySchema = z.object({
  /** Name (青石社区). */
  name: text(),
  /** The street (街道) or town (镇) it belongs to. */
  street: text(),
  /** Kind of community; one of `community_types` in site.yaml when that list exists. */
  type: text(),
  /** Highest demonstration level attained. */
  demonstration: z.enum(DEMONSTRATION_LEVELS, { error: '应为 none、district、city、province、national 之一' }).default('none'),
  /** Year founded. */
  established: year().optional(),
  /** Area in km². */
  area_km2: z.number({ error: '应为大于 0 的数字（平方公里）' }).positive({ error: '应为大于 0 的数字（平方公里）' }),
  /** Households (户). */
  households: count(),
  /** Resident population. */
  population: count(),
  /** Party members. */
  party_members: count(),
  /** The community service facility. */
  facility: z.object(
    {
      /** Floor area in m². */
      area_m2: amount('平方米'),
      /** Share of the area used for resident activities, 0–100. */
      activity_share_pct: percent().optional(),
      /** Function rooms. */
      rooms: list(text()),
    },
    { error: '应为包含 area_m2、rooms 的对象' },
  ),
  /** The community's staff. */
  staff: z.object(
    {
      /** Community workers (社区工作者). */
      workers: count(),
      /** Licensed social workers. */
      licensed_social_workers: count().optional(),
      /** Cadres sent down from the district or town (下派干部). */
      seconded_cadres: count().optional(),
    },
    { error: '应为包含 workers 的对象' },
  ),
  /** Grid units (网格). */
  grids: count().optional(),
  /** Registered volunteers. */
  volunteers: count().optional(),
  /** Community social organisations. */
  social_orgs: count().optional(),
  /** Co-building units (政企村校联建). */
  partners: list(text()).optional(),
  /** The construction project. */
  renovation: z
    .object(
      {
        /** Year completed. */
        year: year(),
        /** Cost in 万元. */
        cost_wan: wan(),
      },
      { error: '应为 { year: 年份, cost_wan: 万元 }' },
    )
    .optional(),
  /** Running funds, one row a year. */
  funding: list(fundingSchema).default([]),
  /** Standing against each of the site's standards, by standard id. */
  standards: z.record(z.string(), standardStatusSchema, { error: '应为“规范 id: 达标情况”的映射' }),
  /** Resident surveys. */
  satisfaction: list(satisfactionSchema).default([]),
  /** Service projects. */
  services: list(serviceSchema).default([]),
  /** Dated events for the timeline. */
  milestones: list(milestoneSchema).default([]),
  /** One-line practices shown on cards. */
  highlights: list(text()).default([]),
  /** Cover image, relative to this file. */
  cover: text().optional(),
  /** True keeps the community out of the site and of every total. */
  draft: z.boolean({ error: '应为 true 或 false' }).default(false),
});

/** The frontmatter of `content/reports/<slug>.md`. */
export const reportSchema = z.object({
  /** Title. */
  title: text(),
  /** Date published, `YYYY-MM-DD`. */
  date: date(),
  /** Author (an office or a person). */
  author: text().optional(),
  /** A paragraph shown in lists and as the meta description. */
  summary: text().optional(),
  /** Position in the report list (then by date). */
  order: z.int({ error: '应为整数' }).optional(),
  /** True: validated and shown by `npm run dev`, left out of the build. */
  draft: z.boolean({ error: '应为 true 或 false' }).default(false),
});

/** `content/data/<name>.yaml`: the description of a CSV table. */
export const tableDescriptionSchema = z.object({
  /** Shown above the table. */
  title: text().optional(),
  /** Shown as the source note of charts using the table. */
  source: text().optional(),
  /** Column name → label for tables and chart legends. */
  columns: z.record(z.string(), text(), { error: '应为“列名: 标签”的映射' }).optional(),
});

export type Site = z.output<typeof siteSchema>;
export type Editing = z.output<typeof editingSchema>;
export type Standard = z.output<typeof standardSchema>;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];
export type DemonstrationLevel = (typeof DEMONSTRATION_LEVELS)[number];
/**
 * A community's facts. `cover` is the path as written in the file; on pages Astro's image()
 * has resolved it into the image (src/content.config.ts), which the core never reads.
 */
export type Community = Omit<z.output<typeof communitySchema>, 'cover'> & { cover?: string | { src: string } };
export type Funding = z.output<typeof fundingSchema>;
export type Satisfaction = z.output<typeof satisfactionSchema>;
export type Report = z.output<typeof reportSchema>;
export type TableDescription = z.output<typeof tableDescriptionSchema>;
