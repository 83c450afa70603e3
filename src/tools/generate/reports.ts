import type { Random } from './random.ts';
import { PERIOD, SPECIAL_FUNDS_FROM } from './site.ts';
import { formatScalar } from '../../lib/yaml-writer.ts';

/** A report file: its slug, frontmatter and body. */
export interface GeneratedReport {
  slug: string;
  frontmatter: { title: string; date: string; author: string; summary: string; order?: number };
  body: string;
}

type ChartName = keyof typeof CHARTS;

const TOPICS: readonly { slug: string; title: string; author: string; sections: string[]; charts: ChartName[] }[] = [
  { slug: 'guifanhua-jianshe', title: '星河区社区规范化建设实践与体会', author: '星河区社会事务局', sections: ['为什么要抓规范化建设', '六项规范怎么定', '怎么推进', '成效和体会'], charts: ['funding', 'streets', 'satisfaction'] },
  { slug: 'jingfei-baozhang', title: '社区运转经费和公共服务专项资金的保障与使用', author: '星河区社会事务局', sections: ['经费怎么来', '专项资金用在哪里', '怎么管', '存在的问题和打算'], charts: ['funding', 'fundUses'] },
  { slug: 'zhendi-jianshe', title: '以阵地建设为抓手提升社区服务能力', author: '星河区民政局', sections: ['基本情况', '主要做法', '取得的成效', '下一步工作'], charts: ['investment', 'fundingTotal'] },
  { slug: 'duiwu-jianshe', title: '社区工作者队伍建设的做法与思考', author: '星河区委组织部', sections: ['队伍现状', '选育管用', '培训', '几点思考'], charts: ['training', 'streets'] },
  { slug: 'manyidu-diaocha', title: '居民满意度调查分析报告', author: '星河区社会事务局', sections: ['调查方法', '总体结果', '分组分析', '意见建议'], charts: ['satisfaction', 'surveyAge'] },
  { slug: 'cungaiju-shequ', title: '村改居和农村社区规范化建设的探索', author: '星河区农业农村局', sections: ['面临的问题', '因地制宜的做法', '初步成效'], charts: ['fundingTotal', 'satisfaction'] },
  { slug: 'laojiu-xiaoqu', title: '老旧小区社区服务提升经验', author: '星河区住房和城乡建设局', sections: ['老旧小区的难处', '腾挪空间', '引入专业力量', '体会'], charts: ['fundUses', 'investment'] },
  { slug: 'shifan-chuangjian', title: '示范社区创建工作总结', author: '星河区社会事务局', sections: ['创建情况', '示范带动', '问题与不足'], charts: ['streets', 'funding'] },
  { slug: 'zhiyuan-fuwu', title: '社区志愿服务和社会组织培育情况', author: '星河区民政局', sections: ['总体情况', '培育办法', '典型做法', '下一步'], charts: ['training', 'surveyAge'] },
  { slug: 'junheng-fazhan', title: '街道（镇）之间社区建设的均衡发展', author: '星河区发展和改革局', sections: ['差距在哪里', '原因分析', '对策'], charts: ['streets', 'investment', 'fundingTotal'] },
];

const CHARTS = {
  funding: { type: 'stacked-bar', title: '专项资金到位后，全区社区经费大幅增加', from: 'district.funding', x: 'year', y: '[office, party, members, special, other]', caption: '按来源分列的全区社区运转经费。' },
  fundingTotal: { type: 'line', title: '全区社区运转经费合计', from: 'district.funding', x: 'year', y: 'total' },
  satisfaction: { type: 'line', title: '全区居民满意度逐年上升', from: 'district.satisfaction', x: 'year', y: 'pct', target: 'satisfaction_pct' },
  fundUses: { type: 'pie', title: '养老服务和环境整治是专项资金的两大去向', from: 'data/special-funds-use', x: 'category', y: 'amount_wan' },
  streets: { type: 'bar', title: '各街道（镇）规范达标率', from: 'data/street-summary', x: 'street', y: 'met_pct', sort: 'desc' },
  investment: { type: 'bar', title: '各街道（镇）社区改造投入', from: 'data/street-summary', x: 'street', y: 'investment_wan', sort: 'desc', caption: '党群服务中心新建、改建、扩建投入合计。' },
  surveyAge: { type: 'bar', title: '各年龄组满意度都有提高', from: 'data/survey-age', x: 'group', y: '[pct_2021, pct_2023]' },
  training: { type: 'line', title: '社区工作者参训人次', from: 'data/training', x: 'year', y: 'participants' },
} as const;

const FIGURES = [
  '全区{{ district.communities | int }}个社区共有{{ district.households | int }}户、{{ district.population | int }}人，党员{{ district.party_members | int }}名。',
  `${PERIOD.from}—${PERIOD.to}年，全区社区党群服务中心改造累计投入{{ district.investment_wan | wan }}。`,
  '全区社区累计获得运转经费{{ district.funding_wan | wan }}，其中公共服务专项资金占大头。',
  '全区社区服务用房总面积{{ district.facility_area_m2 | int }}平方米。',
  '全区有社区工作者{{ district.workers | int }}名、下派干部{{ district.seconded_cadres | int }}名，注册志愿者{{ district.volunteers | int }}人。',
  '六项规范的总体达标率为{{ district.standards_met_pct | pct }}，部分达标不计入。',
  '各社区最近一次调查的居民满意度平均为{{ district.satisfaction_pct | pct }}。',
  '目前全区有各级示范社区{{ district.demonstrations }}个。',
  '专项资金合计{{ sum data/special-funds-use amount_wan | wan }}，实施项目{{ sum data/special-funds-use projects | int }}个，投入最多的方向为{{ max data/special-funds-use amount_wan | wan }}。',
  '全区共有{{ count data/street-summary street }}个街道（镇），社区最多的有{{ max data/street-summary communities }}个，最少的有{{ min data/street-summary communities }}个。',
  '各街道（镇）的规范达标率平均为{{ avg data/street-summary met_pct | pct }}，最高为{{ max data/street-summary met_pct | pct }}。',
  '共举办社区工作者培训{{ sum data/training sessions | int }}期，参训{{ sum data/training participants | int }}人次。',
  '2023年各年龄组满意度最高为{{ max data/survey-age pct_2023 | pct }}，最低为{{ min data/survey-age pct_2023 | pct }}。',
];
const PROSE = [
  `${SPECIAL_FUNDS_FROM}年起，区财政为每个社区每年安排20万元公共服务专项资金。`,
  '规范化建设坚持“缺什么补什么”，不搞一刀切。',
  '各街道（镇）每季度召开一次推进会，通报进度。',
  '考核结果与社区工作经费和评先评优挂钩。',
  '对达标困难的社区，区里安排专人结对帮扶。',
  '服务用房不足的社区，通过置换、租用、共享等办法解决。',
  '社区工作者实行“岗位等级+薪酬”管理，待遇逐年提高。',
  '居民满意度调查委托第三方机构开展，每次样本不少于两百户。',
  '专项资金实行“居民点单、社区定单、社会组织接单”。',
  '示范社区实行动态管理，连续两年考核不合格的取消称号。',
  '农村社区地域广、居住散，服务半径大是最大的难处。',
  '老旧小区普遍缺少公共空间，只能在存量上做文章。',
  '驻区单位、物业企业和社会组织是社区建设的重要力量。',
  '部分社区台账资料多、重复填报，挤占了服务群众的时间。',
  '下一步要把规范化建设和基层治理能力建设结合起来。',
];

/** The district's ten reports: district figures inline, charts from district and data sources, links to communities. */
export function createReports(random: Random, published: readonly { name: string; slug: string }[]): GeneratedReport[] {
  return TOPICS.map((topic, index) => {
    // Each report draws its sentences without repeats until a pool runs out.
    const figures = cycle(random.shuffle(FIGURES));
    const prose = cycle(random.shuffle(PROSE));
    const take = (next: () => string, count: number) => Array.from({ length: count }, next);
    const sections = topic.sections.map((heading, i) => {
      const paragraphs = Array.from({ length: random.int(1, 3) }, () => [...take(figures, random.int(1, 2)), ...take(prose, random.int(1, 3))].join(''));
      if (i === 1 && published.length > 0) {
        const examples = random.sample(published, Math.min(published.length, random.int(2, 4)));
        paragraphs.push(`例如，${examples.map((c) => `[${c.name}](/communities/${c.slug}/)`).join('、')}的做法，已在全区推广。各社区的达标情况见[规范标准](/standards/)。`);
      }
      const chart = topic.charts[i];
      return [`## ${toOrdinal(i)}、${heading}`, ...paragraphs, ...(chart ? [formatChart(CHARTS[chart])] : [])].join('\n\n');
    });
    const month = 12 - (index % 9);
    return {
      slug: topic.slug,
      frontmatter: {
        title: topic.title,
        date: `${PERIOD.to}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        author: topic.author,
        summary: `${topic.title.replace(/^星河区/, '')}：${random.pick(PROSE)}本文汇总相关数据和做法。`,
        order: index < 5 ? index + 1 : undefined,
      },
      body: `${sections.join('\n\n')}\n`,
    };
  });
}

function formatChart(chart: Record<string, string>): string {
  const lines = Object.entries(chart).map(([key, value]) => `${key}: ${key === 'y' ? value : formatScalar(value)}`);
  return ['```chart', ...lines, '```'].join('\n');
}

function cycle(items: readonly string[]): () => string {
  let i = 0;
  return () => items[i++ % items.length];
}

function toOrdinal(i: number): string {
  return '一二三四五六七八九十'[i] ?? String(i + 1);
}
