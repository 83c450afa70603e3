import { existsSync } from 'node:fs';
import path from 'node:path';
import { createReader } from '../lib/reader.ts';
import type { Site } from '../lib/schema.ts';
import { siteSchema } from '../lib/schema.ts';

/**
 * The district's settings for tools that write content (`new`, `import`): types and standards
 * for comments and checks. Undefined when site.yaml is missing or invalid — the tools then work
 * without them and `npm run validate` says what is wrong.
 */
export async function readSiteSettings(root: string): Promise<Site | undefined> {
  const sitePath = path.join(path.resolve(root), 'site.yaml');
  if (!existsSync(sitePath)) return undefined;
  return (await createReader(path.resolve(root)).readYamlFile(sitePath, siteSchema))?.data;
}
