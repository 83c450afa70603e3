import type { Random } from './random.ts';

/** A syllable or word in characters and in the pinyin that slugs are made of. */
type Word = readonly [hanzi: string, pinyin: string];

// Place names are made the way many real ones are: a qualifier and a landscape or estate word.
const QUALIFIERS: readonly Word[] = [
  ['青', 'qing'],
  ['柳', 'liu'],
  ['东', 'dong'],
  ['西', 'xi'],
  ['南', 'nan'],
  ['北', 'bei'],
  ['金', 'jin'],
  ['银', 'yin'],
  ['桃', 'tao'],
  ['杏', 'xing'],
  ['梅', 'mei'],
  ['兰', 'lan'],
  ['竹', 'zhu'],
  ['松', 'song'],
  ['枫', 'feng'],
  ['荷', 'he'],
  ['桂', 'gui'],
  ['丰', 'feng'],
  ['和', 'he'],
  ['安', 'an'],
  ['康', 'kang'],
  ['宁', 'ning'],
  ['平', 'ping'],
  ['泰', 'tai'],
  ['福', 'fu'],
  ['新', 'xin'],
  ['广', 'guang'],
  ['长', 'chang'],
  ['永', 'yong'],
  ['兴', 'xing'],
  ['华', 'hua'],
  ['龙', 'long'],
  ['凤', 'feng'],
  ['白', 'bai'],
  ['红', 'hong'],
  ['石', 'shi'],
  ['云', 'yun'],
  ['星', 'xing'],
  ['月', 'yue'],
  ['阳', 'yang'],
  ['明', 'ming'],
  ['清', 'qing'],
  ['碧', 'bi'],
  ['翠', 'cui'],
  ['锦', 'jin'],
  ['玉', 'yu'],
  ['春', 'chun'],
  ['秋', 'qiu'],
  ['文', 'wen'],
  ['德', 'de'],
];
const PLACES: readonly Word[] = [
  ['园', 'yuan'],
  ['湾', 'wan'],
  ['桥', 'qiao'],
  ['苑', 'yuan'],
  ['坊', 'fang'],
  ['街', 'jie'],
  ['路', 'lu'],
  ['山', 'shan'],
  ['湖', 'hu'],
  ['塘', 'tang'],
  ['岭', 'ling'],
  ['港', 'gang'],
  ['庄', 'zhuang'],
  ['岗', 'gang'],
  ['坪', 'ping'],
  ['溪', 'xi'],
  ['河', 'he'],
  ['林', 'lin'],
  ['田', 'tian'],
  ['门', 'men'],
  ['亭', 'ting'],
  ['台', 'tai'],
  ['城', 'cheng'],
  ['洲', 'zhou'],
  ['滩', 'tan'],
  ['坝', 'ba'],
  ['井', 'jing'],
  ['店', 'dian'],
  ['堡', 'bao'],
  ['泉', 'quan'],
  ['峰', 'feng'],
  ['巷', 'xiang'],
  ['里', 'li'],
  ['源', 'yuan'],
  ['阁', 'ge'],
];
const ESTATES: readonly Word[] = [
  ['花园', 'huayuan'],
  ['家园', 'jiayuan'],
  ['新村', 'xincun'],
  ['雅苑', 'yayuan'],
  ['名城', 'mingcheng'],
  ['小区', 'xiaoqu'],
  ['公寓', 'gongyu'],
  ['华府', 'huafu'],
  ['山庄', 'shanzhuang'],
  ['嘉园', 'jiayuan'],
];
const STREET_PARTS: readonly Word[] = [
  ['城关', 'chengguan'],
  ['桥北', 'qiaobei'],
  ['东关', 'dongguan'],
  ['西门', 'ximen'],
  ['南湖', 'nanhu'],
  ['北塔', 'beita'],
  ['江滨', 'jiangbin'],
  ['河西', 'hexi'],
  ['望江', 'wangjiang'],
  ['鼓楼', 'gulou'],
  ['白沙', 'baisha'],
  ['青冈', 'qinggang'],
  ['龙泉', 'longquan'],
  ['凤鸣', 'fengming'],
  ['新华', 'xinhua'],
  ['人民', 'renmin'],
  ['解放', 'jiefang'],
  ['朝阳', 'chaoyang'],
  ['红星', 'hongxing'],
  ['金山', 'jinshan'],
  ['石桥', 'shiqiao'],
  ['柳林', 'liulin'],
  ['桃源', 'taoyuan'],
  ['梅岭', 'meiling'],
  ['松涛', 'songtao'],
  ['云台', 'yuntai'],
  ['玉泉', 'yuquan'],
  ['清河', 'qinghe'],
  ['长坪', 'changping'],
  ['安宁', 'anning'],
];

/** Chinese numerals for the numbers that tell apart communities of the same name (二, 十一, 二十三). */
export function toChineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** A name in characters with its pinyin slug. */
export interface PlaceName {
  name: string;
  slug: string;
}

/**
 * Hands out community names, each with a unique slug: the second 青园 becomes 青园二社区 at
 * `qingyuan-2`, as districts number estates that share a name.
 */
export function createCommunityNamer(): (random: Random) => PlaceName {
  // Counted apart: 西园 and 西苑 share the pinyin xiyuan but are different names.
  const names = new Map<string, number>();
  const slugs = new Map<string, number>();
  const next = (counts: Map<string, number>, key: string) => {
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count;
  };
  return (random) => {
    const kind = random.weighted([
      ['estate', 25],
      ['three', 30],
      ['two', 45],
    ] as const);
    const [base, pinyin] = kind === 'estate' ? compound(random, ESTATES, '-') : compound(random, PLACES, kind === 'three' ? '' : undefined);
    const nameCount = next(names, base);
    const slugCount = next(slugs, pinyin);
    return {
      name: nameCount === 1 ? `${base}社区` : `${base}${toChineseNumber(nameCount)}社区`,
      slug: slugCount === 1 ? pinyin : `${pinyin}-${slugCount}`,
    };
  };
}

/** qualifier + place (青园), or two qualifiers + place (青松园), or two qualifiers + estate (锦绣花园 at jinxiu-huayuan). */
function compound(random: Random, tails: readonly Word[], joiner: string | undefined): Word {
  const [head, headPinyin] = random.pick(QUALIFIERS);
  const [tail, tailPinyin] = random.pick(tails);
  if (joiner === undefined) return [`${head}${tail}`, `${headPinyin}${tailPinyin}`];
  let [second, secondPinyin] = random.pick(QUALIFIERS);
  // 青青园 reads oddly: pick again once.
  if (second === head) [second, secondPinyin] = random.pick(QUALIFIERS);
  return [`${head}${second}${tail}`, `${headPinyin}${secondPinyin}${joiner}${tailPinyin}`];
}

/** A street (街道) or town (镇) of the synthetic district. */
export interface Street {
  name: string;
  /** The name without 街道 or 镇, as partners' names use it (城关第一小学). */
  short: string;
  kind: 'street' | 'town';
}

/** `count` streets and towns with distinct names; about a third are towns. */
export function createStreets(random: Random, count: number): Street[] {
  const streets: Street[] = [];
  const used = new Set<string>();
  const pool = random.shuffle(STREET_PARTS);
  for (let i = 0; streets.length < count; i++) {
    // Past the fixed list, names combine two place syllables (青湾, 金岭…) until they are unique.
    const short = i < pool.length ? pool[i][0] : `${random.pick(QUALIFIERS)[0]}${random.pick(PLACES)[0]}`;
    if (used.has(short)) continue;
    used.add(short);
    const kind = random.chance(0.35) ? 'town' : 'street';
    streets.push({ name: `${short}${kind === 'town' ? '镇' : '街道'}`, short, kind });
  }
  return streets;
}

/** A two-character place word for partners' and estates' names (金湾, 翠岭). */
export function pickPlaceWord(random: Random): string {
  return `${random.pick(QUALIFIERS)[0]}${random.pick(PLACES)[0]}`;
}
