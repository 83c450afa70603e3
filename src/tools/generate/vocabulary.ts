// Words the synthetic communities are made of: rooms, services, partners, notes, practices.

/** Function rooms of a service facility (一站式服务大厅 is nearly everywhere). */
export const ROOMS = [
  '日间照料中心',
  '老年助餐点',
  '四点半课堂',
  '图书阅览室',
  '文体活动室',
  '调解室',
  '党员活动室',
  '儿童之家',
  '心理咨询室',
  '康复理疗室',
  '多功能会议室',
  '志愿者之家',
  '新时代文明实践站',
  '退役军人服务站',
  '妇女之家',
  '就业服务站',
  '健身房',
  '书画室',
  '农家书屋',
  '电商服务站',
  '托育点',
  '网格工作站',
] as const;

/** Service projects run by communities, with the kind of partner that usually runs them. */
export const SERVICES: readonly { name: string; partner: 'school' | 'health' | 'elderly' | 'social' | 'any' }[] = [
  { name: '四点半课堂', partner: 'school' },
  { name: '日间照料', partner: 'elderly' },
  { name: '老年助餐', partner: 'elderly' },
  { name: '家庭医生进社区', partner: 'health' },
  { name: '助浴助洁上门', partner: 'elderly' },
  { name: '暑期托管班', partner: 'school' },
  { name: '心理疏导热线', partner: 'social' },
  { name: '法律援助咨询', partner: 'any' },
  { name: '技能培训夜校', partner: 'any' },
  { name: '邻里互助积分超市', partner: 'social' },
  { name: '慢病健康管理', partner: 'health' },
  { name: '困境儿童关爱', partner: 'social' },
  { name: '居家养老巡访', partner: 'elderly' },
  { name: '垃圾分类督导', partner: 'any' },
  { name: '楼道微治理', partner: 'any' },
  { name: '流动服务台', partner: 'any' },
  { name: '青少年读书会', partner: 'school' },
  { name: '就业岗位推介', partner: 'any' },
];

/** Partners by kind; `{s}` is the street's short name, `{p}` a place word, `{n}` a numeral. */
export const PARTNER_PATTERNS: Record<'school' | 'health' | 'elderly' | 'social' | 'any', readonly string[]> = {
  school: ['{s}第{n}小学', '{s}中学', '{p}小学', '{s}中心幼儿园'],
  health: ['{s}社区卫生服务中心', '{s}卫生院', '{p}医院'],
  elderly: ['{p}养老服务中心', '{p}颐养院', '{p}居家养老服务社'],
  social: ['{p}社会工作服务中心', '{p}志愿者协会', '{s}慈善分会'],
  any: ['{s}派出所', '{s}供电所', '{p}物业服务有限公司', '{p}商贸有限公司', '{p}律师事务所', '{s}邮政支局', '{p}银行支行'],
};

/** Notes written beside a standard that is only partly met or unmet, by standard id. */
export const STANDARD_NOTES: Record<string, readonly string[]> = {
  organization: ['网格党小组尚未全覆盖', '驻区单位未全部纳入联席会议', '居民小组长缺额较多'],
  venue: ['服务用房不足每百户30平方米', '活动用房占比不足60%', '一站式服务大厅面积偏小', '服务用房分散在两处'],
  team: ['持证社会工作者不足3名', '社区工作者缺编2人', '培训学时未达到40学时', '注册志愿者不足常住人口的10%'],
  rules: ['居务公开更新不及时', '民主评议尚未每年开展', '“四议两公开”记录不全'],
  services: ['需求清单未每年更新', '缺少面向老人的常态化服务', '志愿服务活动不足每月1次'],
  support: ['党员活动经费拨付滞后', '经费使用未按半年公开', '专项资金执行率偏低'],
};

/** One-line practices shown on cards. */
export const HIGHLIGHTS = [
  '党群服务中心腾出一楼给老人',
  '楼栋长与网格员双向联系',
  '专业机构运营日间照料中心',
  '周末错时延时服务',
  '居民议事会每月一议',
  '积分超市激励志愿服务',
  '四点半课堂与学校共建',
  '红色物业进小区',
  '老旧小区加装电梯协调小组',
  '赶集日流动服务台',
  '“居民点单、社区派单”服务清单',
  '退休党员组建调解队',
  '闲置厂房改建活动中心',
  '楼道微治理公约',
  '社区基金会小额资助',
  '一老一小服务综合体',
  '家门口就业服务站',
  '“阳光议事厅”公开经费',
] as const;

/** Milestone titles; `{service}`, `{room}`, `{partner}` are filled in from the community's facts. */
export const MILESTONES = [
  '党群服务中心改造工程开工',
  '党群服务中心投入使用',
  '{room}建成开放',
  '{service}项目启动',
  '与{partner}签订共建协议',
  '成立社区志愿服务队',
  '居民议事会第一次会议召开',
  '完成社区“两委”换届',
  '网格党小组实现全覆盖',
  '举办首届邻里节',
] as const;

/** Levels of demonstration community as the narrative writes them. */
export const DEMONSTRATION_NAMES = { district: '区级', city: '市级', province: '省级', national: '全国' } as const;
