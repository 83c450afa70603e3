import type { CommunityInput } from './community.ts';
import type { Street } from './names.ts';
import type { Random } from './random.ts';
import { PERIOD, STANDARDS, TARGETS } from './site.ts';
import { DEMONSTRATION_NAMES } from './vocabulary.ts';

/** What a narrative may talk about. */
export interface NarrativeContext {
  random: Random;
  facts: CommunityInput;
  street: Street;
  /** A published community of the same street to link to, if any. */
  neighbour?: { name: string; slug: string };
}

/** Candidate sentences of one section, the first always used; blocks stand as paragraphs of their own. */
export interface SectionDraft {
  heading: string;
  sentences: string[];
  blocks: string[];
}

const PLACES_IN_STREET = ['中部', '东部', '西部', '南部', '北部', '东北角', '西南片', '老城区', '新区', '沿河一带'];
const TYPE_INTROS: Record<string, readonly string[]> = {
  老旧小区: ['以上世纪建成的职工宿舍和老旧楼房为主，老年人口比重较高', '楼房多为六层以下的砖混建筑，没有电梯', '居民多为老住户，邻里之间相互熟悉'],
  商品房小区: ['以商品房住宅小区为主，年轻家庭较多', '小区由物业企业管理，业主委员会运转正常', '新市民多，居民之间还不太熟悉'],
  单位型: ['由原国有企业职工生活区移交而来', '居民以企业退休职工为主', '原单位仍承担部分公共设施的维护'],
  村改居: ['由原行政村撤村改居设立，回迁安置房和原村民自建房并存', '集体经济组织仍在运转，居民仍保留不少农村习惯', '外来租住人口较多'],
  农村社区: ['辖区自然村分布较散，青壮年大多外出务工', '以种植业为主，留守老人和儿童较多', '距离镇区较远，群众办事过去要跑不少路'],
};
const LEADS = ['', '{year}年，', '近年来，', '从{year}年起，', '针对居民反映集中的问题，', '在街道指导下，', '结合规范化建设要求，', '为解决“最后一米”的问题，'];
const ACTORS = ['社区党委', '社区', '居委会', '社区党组织', '社区“两委”', '网格党小组', '社区党支部'];
const PRACTICES = [
  '把{room}改建为居民活动空间',
  '与{partner}签订共建协议',
  '推行“居民点单、社区派单、志愿者接单”的服务模式',
  '建立楼栋长、单元长联系群众制度',
  '坚持每月召开一次居民议事会',
  '开办{service}项目',
  '引入专业社会组织参与{service}',
  '实行错时延时服务，周末和节假日照常开放',
  '组织党员认领公益岗位',
  '把服务清单张贴到每个楼道',
  '设立社区微基金，支持居民自办项目',
  '在{room}开设“一门受理”窗口',
  '联合物业企业开展小区环境整治',
  '组建退休党员调解队',
  '推动驻区单位向居民开放停车位和活动场地',
  '每年开展一次入户走访，更新居民需求清单',
  '把公共服务专项资金优先用于{service}',
  '为独居老人安装紧急呼叫设备',
];
const DETAILS = [
  '居民办事“只进一扇门”',
  '服务对象从老人扩展到儿童和双职工家庭',
  '参与的居民逐年增加',
  '不少矛盾在楼道里就化解了',
  '群众的意见建议有了固定的反映渠道',
  '每年服务居民上千人次',
  '社区的“家底”越来越清楚',
  '既解决了场地问题，又节省了开支',
  '志愿者队伍从几十人发展到数百人',
  '老人不出小区就能吃上热饭',
  '孩子放学后有了安全的去处',
  '经费使用情况每半年公开一次',
  '办事群众排队的时间明显缩短',
  '一些多年没人管的“老大难”有了着落',
];
const TITLES = ['抓阵地', '建队伍', '强服务', '立制度', '聚合力', '优治理', '暖民心', '补短板', '借外力', '重实效'];
const RESULTS = [
  '居民参与社区事务的积极性明显提高',
  '“有事找社区”成了不少居民的习惯',
  '辖区信访量较{year}年下降了三成左右',
  '社区先后接待兄弟社区考察学习二十余批次',
  '居民小组长和楼栋长队伍基本稳定',
  '小区环境和停车秩序明显改善',
  '社区工作者的专业能力有了提高',
  '困难群众的需求能够及时发现、及时回应',
];
const PROBLEMS = [
  '老年人口比重高，上门服务需求大，现有人手难以满足',
  '专项资金主要用于购买服务，设施维护资金缺口较大',
  '年轻居民参与社区活动较少',
  '小区物业服务水平参差不齐，居民投诉较多',
  '服务用房分散，部分功能用房利用率不高',
  '社区工作者流动性较大，专业化水平有待提高',
  '停车难、加装电梯等问题协调难度大',
  '台账资料多，社区工作者用于入户的时间偏少',
];
const PLANS = [
  '推动{service}向周边小区延伸',
  '争取把{room}纳入下一轮改造计划',
  '继续培育社区社会组织，力争每年新增一到两个',
  '完善“居民点单”服务清单，每年更新一次',
  '加强社区工作者培训，鼓励报考社会工作者职业资格',
  '探索“物业+社区”联动机制',
  '用好公共服务专项资金，优先保障“一老一小”',
  '把志愿服务积分和评先评优挂钩',
  '与{partner}商定新一年的共建项目清单',
  '配合街道推进老旧小区加装电梯',
  '建立居民需求快速响应机制，小事不出网格',
];
const CONNECTIVES = ['', '', '同时，', '此外，', '另外，', '再者，', '还有，'];

/** Drafts the five usual sections of a community narrative, in order. */
export function draftSections(context: NarrativeContext): SectionDraft[] {
  return [draftBasics(context), draftPractices(context), draftResults(context), draftProblems(context), draftPlans(context)];
}

function fill(template: string, { random, facts }: NarrativeContext): string {
  return template
    .replaceAll('{year}', () => String(random.int(PERIOD.from, PERIOD.to)))
    .replaceAll('{room}', () => random.pick(facts.facility.rooms.length > 0 ? facts.facility.rooms : ['党群服务中心']))
    .replaceAll('{service}', () => random.pick(facts.services?.map((s) => s.name) ?? ['居民服务']))
    .replaceAll('{partner}', () => random.pick(facts.partners ?? ['驻区单位']));
}

function draftBasics(context: NarrativeContext): SectionDraft {
  const { random, facts, street } = context;
  const sentences = [
    `${facts.name}位于${street.name}${random.pick(PLACES_IN_STREET)}，辖区{{ community.area_km2 }}平方公里，共有{{ community.households | int }}户、{{ community.population | int }}人。`,
    `社区成立于${facts.established}年，${random.pick(TYPE_INTROS[facts.type])}。`,
    `社区党组织下设${random.int(2, 9)}个党支部，有党员{{ community.party_members | int }}名。`,
    facts.facility.rooms.length > 0
      ? `党群服务中心面积{{ community.facility.area_m2 | int }}平方米，设有${facts.facility.rooms.slice(0, 4).join('、')}等功能用房。`
      : '服务用房面积{{ community.facility.area_m2 | int }}平方米，目前还没有单独设置的功能用房。',
    `现有社区工作者{{ community.staff.workers | int }}名${facts.staff.licensed_social_workers ? '，其中持证社会工作者{{ community.staff.licensed_social_workers | int }}名' : ''}。`,
    facts.grids ? `全社区划分为{{ community.grids | int }}个网格，${random.pick(['每个网格配备一名专职网格员', '网格员由社区工作者兼任', '楼栋长、单元长协助网格员工作'])}。` : undefined,
    facts.partners ? `辖区有${facts.partners.join('、')}等共建单位。` : undefined,
    `常住人口中60岁以上老人约占${random.pick(['两成', '两成半', '三成', '三成多', '四成'])}，${random.pick(['独居老人一百多位', '流动人口约占四分之一', '学龄儿童较多', '低保户和困难家庭主要集中在老楼'])}。`,
  ].filter((s) => s !== undefined);
  const [first, ...rest] = sentences;
  const blocks = random.chance(0.1) ? [`以上数据截至${PERIOD.to}年底[^1]。`] : [];
  return { heading: '基本情况', sentences: [first, ...random.shuffle(rest)], blocks };
}

function draftPractices(context: NarrativeContext): SectionDraft {
  const { random, facts, neighbour } = context;
  const practice = () => fill(`${random.pick(LEADS)}${random.pick(ACTORS)}${random.pick(PRACTICES)}，${random.pick(DETAILS)}。`, context);
  const sentences = Array.from({ length: 10 }, practice);
  if (facts.renovation) {
    const renovation = random.pick([
      `${facts.renovation.year}年，区里投入{{ community.renovation.cost_wan | wan }}对党群服务中心进行改造，${random.pick(DETAILS)}。`,
      `党群服务中心改造工程于${facts.renovation.year}年完成，总投入{{ community.renovation.cost_wan | wan }}。`,
      `借助${facts.renovation.year}年的改造工程（投入{{ community.renovation.cost_wan | wan }}），社区${fill(random.pick(PRACTICES), context)}。`,
    ]);
    sentences.splice(random.int(0, 2), 0, renovation);
  }
  const blocks: string[] = [];
  if (random.chance(0.35)) {
    blocks.push(
      random
        .sample(TITLES, 3)
        .map((title) => `**${title}。** ${fill(`${random.pick(ACTORS)}${random.pick(PRACTICES)}，${random.pick(DETAILS)}。`, context)}`)
        .join('\n\n'),
    );
  } else if (random.chance(0.3)) {
    blocks.push(
      random
        .sample(PRACTICES, 3)
        .map((p) => `- ${fill(p, context)}；`)
        .join('\n')
        .replace(/；$/, '。'),
    );
  }
  if (neighbour && random.chance(0.3)) {
    blocks.push(`社区与同街道的[${neighbour.name}](/communities/${neighbour.slug}/)结成对子，${random.pick(['轮流举办党建联席会', '共享日间照料中心', '互派社区工作者跟班学习', '联合开展志愿服务'])}。`);
  }
  return { heading: '主要做法', sentences, blocks };
}

function draftResults(context: NarrativeContext): SectionDraft {
  const { random, facts } = context;
  const area = facts.households > 0 ? (facts.facility.area_m2 / facts.households) * 100 : 0;
  const level = facts.demonstration && facts.demonstration !== 'none' ? DEMONSTRATION_NAMES[facts.demonstration] : undefined;
  const sentences = [
    facts.satisfaction?.length
      ? `最近一次居民满意度调查中，满意率为{{ community.satisfaction_pct | pct }}${facts.satisfaction.at(-1)!.pct >= TARGETS.satisfaction_pct ? '，达到全区目标' : `，距离${TARGETS.satisfaction_pct}%的目标还有差距`}。`
      : undefined,
    facts.volunteers ? `注册志愿者达到{{ community.volunteers | int }}人，${random.pick(['常态化开展助老、助学和环境整治活动', '每月组织志愿服务不少于一次', '其中党员志愿者约占三分之一'])}。` : undefined,
    facts.social_orgs ? `社区社会组织发展到{{ community.social_orgs | int }}个，${random.pick(['涵盖文体、调解、助老等方面', '其中两个已在民政部门登记', '成为承接服务项目的骨干力量'])}。` : undefined,
    `每百户服务用房面积为{{ community.area_per_100_households_m2 }}平方米，${area >= TARGETS.area_per_100_households_m2 ? '达到' : '低于'}每百户${TARGETS.area_per_100_households_m2}平方米的标准。`,
    `${PERIOD.from}年以来累计获得运转经费{{ community.funding_wan | wan }}，${random.pick(['经费使用情况按规定公开', '主要用于日常运转和服务项目', '专项资金执行率逐年提高'])}。`,
    level ? `社区被命名为${level}示范社区，${random.pick(['多次在全区交流经验', '成为片区的“样板间”', '带动周边社区共同提升'])}。` : undefined,
    ...(facts.services ?? [])
      .filter((s) => s.beneficiaries)
      .slice(0, 2)
      .map((s) => `${s.name}项目累计受益${s.beneficiaries}人次。`),
    ...random.sample(RESULTS, 3).map((r) => `${fill(r, context)}。`),
  ].filter((s) => s !== undefined);
  const services = (facts.services ?? []).filter((s) => s.since);
  const blocks = services.length >= 2 && random.chance(0.15) ? [['| 服务项目 | 开始时间 | 合作方 |', '|---|---|---|', ...services.map((s) => `| ${s.name} | ${s.since} | ${s.partner ?? '—'} |`)].join('\n')] : [];
  return { heading: '取得成效', sentences: random.shuffle(sentences), blocks };
}

function draftProblems(context: NarrativeContext): SectionDraft {
  const { random, facts } = context;
  const noted = STANDARDS.flatMap((standard) => {
    const entry = facts.standards[standard.id];
    return typeof entry === 'object' && entry.note ? [`对照${standard.name}，${entry.note}。`] : [];
  });
  const general = random.sample(PROBLEMS, 4).map((p) => `${random.pick(CONNECTIVES)}${p}。`);
  return { heading: '存在问题', sentences: [...noted, ...general], blocks: [] };
}

function draftPlans(context: NarrativeContext): SectionDraft {
  const { random } = context;
  const sentences = random.sample(PLANS, 5).map((p, i) => `${i === 0 ? random.pick(['下一步，社区将', '今后，社区计划', '下一步将']) : random.pick(['同时', '还将', '另外要', '此外还要', '社区还将'])}${fill(p, context)}。`);
  return { heading: '下一步打算', sentences, blocks: [] };
}
