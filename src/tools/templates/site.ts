import type { Site } from '../../lib/schema.ts';
import { renderCommunityFile } from './community.ts';
import { renderReportFile } from './report.ts';

/** The six standards of the programme, with the sample district's ids, names and example items. */
export const STANDARDS: readonly { id: string; name: string; items: readonly string[] }[] = [
  { id: 'organization', name: '组织设置规范', items: ['党员3人以上单独成立党支部，50人以上成立党总支，100人以上成立党委', '居民委员会按期换届，成员依法选举产生'] },
  { id: 'venue', name: '阵地建设规范', items: ['服务用房面积不低于每百户30平方米，且总面积不少于300平方米', '用于居民活动的面积占比不低于60%'] },
  { id: 'team', name: '队伍建设规范', items: ['社区工作者按每万名居民18人配备', '每个社区配备持证社会工作者不少于3名'] },
  { id: 'rules', name: '制度建设规范', items: ['建立居民代表会议、居务公开和民主评议制度', '重大事项按“四议两公开”程序决策'] },
  { id: 'services', name: '服务功能规范', items: ['公共服务事项在一站式服务大厅集中受理', '至少有1个面向老人或儿童的常态化服务项目'] },
  { id: 'support', name: '工作保障规范', items: ['办公经费每年3万元、党建工作经费每年1万元足额到位', '按每名党员每年100元拨付党员活动经费'] },
];

/** What `npm run new -- site` is told. */
export interface NewSiteRequest {
  /** The district's name (示例区). */
  district: string;
  /** The last year the report covers; the period is the five years up to it. */
  year: number;
  /** The example report's date, YYYY-MM-DD. */
  date: string;
}

/**
 * The files of a new district's content folder, by path inside it: site.yaml with the six
 * standards, a draft example community and report, and a README saying what to do next.
 * It validates at once, with draft warnings only.
 */
export function prepareNewSite({ district, year, date }: NewSiteRequest): Record<string, string> {
  const site: Site = {
    title: `${district}社区规范化建设经验交流`,
    district,
    period: { from: year - 4, to: year },
    locale: 'zh-CN',
    base: '/',
    community_types: ['老旧小区', '商品房小区', '村改居', '单位型', '农村社区'],
    standards: STANDARDS.map(({ id, name }) => ({ id, name })),
  } as Site;
  return {
    'site.yaml': renderSiteFile(site),
    'communities/shili.md': renderCommunityFile({ values: { name: '示例社区', street: '示例街道', draft: true }, site, origin: 'npm run new -- site' }),
    'reports/shili.md': renderReportFile({ title: `${district}社区规范化建设实践与体会`, date, draft: true }, 'npm run new -- site'),
    'media/.gitkeep': '',
    'README.md': renderReadme(district),
  };
}

function renderSiteFile(site: Site): string {
  return [
    `# ${site.district}的设置，由 npm run new -- site 生成。各字段的写法见 docs/编辑指南.md 的“site.yaml：全区设置”。`,
    `title: ${site.title}          # 必填：网站标题`,
    `district: ${site.district}                              # 必填：区名`,
    '# city: 示例市                           # 可选：所属城市',
    '# description: 一句话简介                 # 可选：显示在首页和搜索结果中',
    `period: { from: ${site.period.from}, to: ${site.period.to} }        # 必填：报告期（起止年份）`,
    'locale: zh-CN                            # 界面语言：zh-CN 或 en',
    '# url: https://example.org               # 可选：网站公开地址（有了它才生成 sitemap 和 RSS）',
    'base: /                                  # 网站放在哪个路径下，一般不用改',
    `community_types: [${site.community_types!.join(', ')}]   # 可选：社区类型可选的几种`,
    'standards:                               # 必填：本区的各项规范，按显示顺序；id 用英文，社区文件按 id 填写达标情况',
    ...STANDARDS.flatMap(({ id, name, items }) => [`  - id: ${id}`, `    name: ${name}`, '    # items:                             # 可选：可逐条核对的要求，显示在“规范”页面；删去“# ”后按本区文件填写', ...items.map((item) => `    #   - ${item}`)]),
    'targets:                                 # 可选：图表中的参考线（目标值）',
    '  area_per_100_households_m2: 30         # 每百户服务用房面积（平方米）',
    '  workers_per_10k_residents: 18          # 每万名居民社区工作者人数',
    '  satisfaction_pct: 90                   # 居民满意度（0–100）',
    '',
  ].join('\n');
}

function renderReadme(district: string): string {
  return `# ${district}社区规范化建设：内容文件夹

这个文件夹由 \`npm run new -- site\` 生成，放的是${district}网站的全部内容。下一步：

1. 打开 \`site.yaml\`，核对区名、标题和报告期（\`period\`），按本区文件填写各项规范的 \`items\`。
2. 每个社区一个文件：\`npm run new -- community <拼音名> --name 社区名称 --street 所属街道 --content <本文件夹>\`，
   或者用表格批量导入：\`npm run import -- 台账.xlsx --content <本文件夹>\`。
   \`communities/shili.md\` 是一个示例草稿，可以照着填，用不上就删掉。
3. 报告写在 \`reports/\` 里，\`reports/shili.md\` 是示例草稿。照片放进 \`media/\`（JPG、PNG、WebP 或 GIF）。
4. 边写边看：\`npm run dev -- --content <本文件夹>\`；全面检查：\`npm run validate -- --content <本文件夹>\`。
5. 草稿（\`draft: true\`）不会发布。资料填好、检查通过后删去 \`draft: true\`，
   再运行 \`npm run build -- --content <本文件夹>\` 生成网站（在 \`dist/\` 里），交给信息科发布。

字段和写法见项目的 \`docs/编辑指南.md\`。
`;
}
