// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readSiteAddress } from './src/lib/address.ts';
import { hashScript } from './src/lib/csp.ts';
import { INLINE_SCRIPTS } from './src/lib/inline-scripts.ts';
import { getContentDir, readSettings } from './src/settings.ts';

// The public address and sub-path come from content/site.yaml, so editors set them, not code.
const { url, base } = readSiteAddress(getContentDir());
const { astroCacheDir } = readSettings();

export default defineConfig({
  output: 'static',
  site: url,
  base,
  trailingSlash: 'always',
  // Four pages in flight: with one, the main thread sat idle on each page's file writes
  // (measured in docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // A district built inside a city keeps Astro's caches (store, incremental pages) of its own,
  // so building the city's other districts does not throw its unchanged pages away.
  ...(astroCacheDir ? { cacheDir: astroCacheDir } : {}),
  // Pages whose data (their `cacheKey`) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  // Markdown goes through our own markdown-it (src/lib/markdown), never Astro's pipeline.
  markdown: { syntaxHighlight: false },
  // A sitemap needs the public address; without `url` the build warns and leaves it out.
  integrations: url ? [sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) })] : [],
  // Scripts and styles only from the site or by hash; nothing from other hosts.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Search runs Pagefind's WebAssembly: allowed by name, nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(hashScript) },
    },
  },
});
