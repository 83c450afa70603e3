import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Reads `url` and `base` from site.yaml for Astro's config, which is loaded before any content.
 * Invalid values are left out here; validation reports them with lines.
 */
export function readSiteAddress(contentDir: string): { url?: string; base: string } {
  let data: unknown;
  try {
    data = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'), { schema: 'core' });
  } catch {
    return { base: '/' };
  }
  const { url, base } = (data ?? {}) as { url?: unknown; base?: unknown };
  return {
    url: typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined,
    base: typeof base === 'string' && base.startsWith('/') ? base : '/',
  };
}
