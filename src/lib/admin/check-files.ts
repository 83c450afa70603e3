import { checkCommunity, checkDraftStandards } from '../checks.ts';
import { checkCommunitySlips, checkSiteSlips } from '../slips.ts';
import { parseFields } from '../fields.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';
import { createError, sortProblems } from '../problems.ts';
import type { Community, Site } from '../schema.ts';
import { communitySchema, reportSchema, SLUG_PATTERN, SLUG_RULE, siteSchema } from '../schema.ts';
import { parseYaml } from '../yaml.ts';

/** One content file as text, named by its path inside the content folder (`communities/liuyuan.md`). */
export interface ContentText {
  path: string;
  text: string;
}

/**
 * Checks content files given as texts, the way `npm run validate` checks them file by file:
 * site.yaml, the frontmatter of communities and reports (drafts leniently), file names, and each
 * community against the site's standards and types. For the browser editor, which reads the
 * files through a folder handle or a forge's API: no file system here. Checks that need the
 * whole folder on disk (images, links between pages, data tables) are left to `validate`.
 * `folder` is put in front of each path so that messages name files as `validate` does.
 */
export function checkContentTexts(files: readonly ContentText[], folder = 'content'): Problem[] {
  const problems: Problem[] = [];
  const display = (p: string) => (folder ? `${folder}/${p}` : p);
  const siteFile = files.find((f) => f.path === 'site.yaml');
  let site: Site | undefined;
  if (siteFile) {
    const yaml = parseYaml(normalize(siteFile.text), display('site.yaml'));
    problems.push(...yaml.problems);
    if (yaml.data !== undefined) {
      const parsed = parseFields(siteSchema, yaml, display('site.yaml'));
      problems.push(...parsed.problems);
      site = parsed.data;
      if (site) problems.push(...checkSiteSlips({ file: display('site.yaml'), absolutePath: display('site.yaml'), data: site, locate: yaml.locate }));
    }
  }
  for (const file of files) {
    const match = /^(communities|reports)\/([^/]+)\.md$/.exec(file.path);
    if (!match) continue;
    const name = display(file.path);
    if (!SLUG_PATTERN.test(match[2])) {
      problems.push(createError(name, { line: 1 }, '', `文件名“${match[2]}”不符合规则：${SLUG_RULE}`));
      continue;
    }
    const split = splitFrontmatter(normalize(file.text), name);
    if ('problem' in split) {
      problems.push(split.problem);
      continue;
    }
    problems.push(...split.yaml.problems);
    if (split.yaml.data === undefined) continue;
    const draft = (split.yaml.data as { draft?: unknown } | null)?.draft === true;
    const parsed = parseFields(match[1] === 'communities' ? communitySchema : reportSchema, split.yaml, name, { draft });
    problems.push(...parsed.problems);
    if (match[1] === 'communities' && parsed.data && site && !draft) {
      const entry = { slug: match[2], file: name, absolutePath: name, data: parsed.data as Community, body: split.body, bodyLine: split.bodyLine, locate: split.yaml.locate };
      problems.push(...checkCommunity(entry, site), ...checkCommunitySlips(entry));
    }
    if (match[1] === 'communities' && site && draft) {
      problems.push(...checkDraftStandards({ file: name, data: split.yaml.data, locate: split.yaml.locate }, site));
    }
  }
  return sortProblems(problems);
}

/** As `validate` reads files: no BOM, LF line ends, so lines match. */
function normalize(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
