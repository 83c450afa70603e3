// What the build adds to a finished site for the servers that publish it (see deploy/ and
// docs/发布指南.md): gzip copies of the text files, and the header policy servers send.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildHeaderPolicy, readPagePolicy } from './header-policy.ts';
import { precompressSite } from './precompress.ts';

/** The folder of the site's files meant for its servers, not its readers (nginx answers 404). */
export const PUBLISH_FOLDER = '_shequ';

/** The header policy, one line: deploy/nginx.conf sends the same, and a test holds them equal. */
export const HEADER_POLICY_FILE = `${PUBLISH_FOLDER}/content-security-policy.txt`;

/**
 * Writes the publishing files into a built site: `<file>.gz` beside each text file (reusing
 * unchanged ones from `reuseFrom`, the site being replaced) and the header CSP, read from the
 * overview page's own policy so that server and page cannot disagree.
 */
export async function writePublishFiles(siteDir: string, { reuseFrom }: { reuseFrom?: string } = {}): Promise<void> {
  const pagePolicy = readPagePolicy(await readFile(path.join(siteDir, 'index.html'), 'utf8'));
  if (!pagePolicy) throw new Error('index.html 没有 Content-Security-Policy：无法生成服务器的安全头');
  await precompressSite(siteDir, { reuseFrom });
  await mkdir(path.join(siteDir, PUBLISH_FOLDER), { recursive: true });
  await writeFile(path.join(siteDir, HEADER_POLICY_FILE), `${buildHeaderPolicy(pagePolicy)}\n`);
}
