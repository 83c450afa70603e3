import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planContent } from '../generate/index.ts';
import { createProgress } from '../generate/progress.ts';

// Invented districts of the generated city, each with a name of its own.
const DISTRICTS = [
  ['xinghe', '星河区'],
  ['yuntai', '云台区'],
  ['songtao', '松涛区'],
  ['qingxi', '青溪区'],
  ['fenglin', '枫林区'],
  ['bailu', '白鹭区'],
  ['jinsha', '金沙区'],
  ['shiqiao', '石桥区'],
  ['meiling', '梅岭区'],
  ['cuihu', '翠湖区'],
  ['lianhua', '莲花区'],
  ['taoyuan', '桃源区'],
  ['huxi', '湖西区'],
  ['shanbei', '山北区'],
  ['jiangnan', '江南区'],
] as const;

/** How many districts `generate --districts` can name. */
export const MAX_GENERATED_DISTRICTS = DISTRICTS.length;

/** The plan of one generated district. */
export interface GeneratedDistrict {
  slug: string;
  name: string;
  communities: number;
}

/**
 * Splits `communities` over `districts` and names them. Every second district keeps its
 * running-funds standard under an id of its own (`guarantee`, 经费保障规范), so the city has
 * standards that are not shared, as real cities do.
 */
export function planGeneratedCity(districts: number, communities: number): GeneratedDistrict[] {
  return DISTRICTS.slice(0, districts).map(([slug, name], i) => ({ slug, name, communities: Math.floor(communities / districts) + (i < communities % districts ? 1 : 0) }));
}

/** Rewrites one generated file for its district: its name, and the standard id it does not share. */
export function adaptGeneratedFile(file: string, contents: string, index: number, name: string): string {
  let text = contents.replaceAll('星河区', name).replaceAll('云岭市', '云岫市');
  if (index % 2 === 1) {
    if (file === 'site.yaml') text = text.replace('  - id: support\n    name: 工作保障规范', '  - id: guarantee\n    name: 经费保障规范');
    else if (file.startsWith('communities/')) text = text.replace(/^ {2}support:/m, '  guarantee:');
  }
  return text;
}

/**
 * Writes a generated city into `out`: one content folder per district (`out/<slug>/`), each
 * from its own seed, and `out/city.yaml` listing them. Returns the number of files and bytes.
 */
export async function writeGeneratedCity(
  out: string,
  { districts, communities, seed, concurrency }: { districts: number; communities: number; seed: number; concurrency: number },
): Promise<{ files: number; bytes: number; plans: GeneratedDistrict[] }> {
  const plans = planGeneratedCity(districts, communities);
  const contents = plans.map((d, i) => ({ d, i, plan: planContent({ communities: d.communities, seed: seed * 100 + i }) }));
  const progress = createProgress(
    'generate',
    contents.reduce((n, c) => n + c.plan.fileCount, 0),
  );
  let files = 0;
  let bytes = 0;
  for (const { d, i, plan } of contents) {
    const root = path.join(out, d.slug);
    await Promise.all(['communities', 'reports', 'data', 'media'].map((dir) => mkdir(path.join(root, dir), { recursive: true })));
    const iterator = plan.files();
    const worker = async () => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const { path: file, contents: body } = next.value;
        const data = typeof body === 'string' ? adaptGeneratedFile(file, body, i, d.name) : body;
        await writeFile(path.join(root, file), data);
        bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
        progress.update(++files);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  progress.done();
  const yaml = [
    'title: 云岫市社区规范化建设经验交流（合成数据）',
    'city: 云岫市',
    `description: 合成数据：${districts}个区、${communities}个社区，用于测试市级汇总在大规模内容下的表现。`,
    'url: https://shequ.example.org',
    'districts:',
    ...plans.map((d) => `  - { slug: ${d.slug}, content: ${d.slug} }`),
    '',
  ].join('\n');
  await writeFile(path.join(out, 'city.yaml'), yaml);
  return { files: files + 1, bytes: bytes + Buffer.byteLength(yaml), plans };
}
