// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readSiteAddress } from './src/lib/address.ts';
import { hashScript } from './src/lib/csp.ts';
import { INLINE_SCRIPTS } from './src/lib/inline-scripts.ts';

// The public address and sub-path come from content/site.yaml, so editors set them, not code.
const { url, base } = readSiteAddress(process.env.SHEQU_CONTENT || 'content');

export default defineConfig({
  output: 'static',
  site: url,
  base,
  trailingSlash: 'always',
  // Four pages in flight: with one, the main thread sat idle on each page's file writes (42 % of
  // a 1,000-community build's profile); rendering then took about a fifth less.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // A district built inside a city keeps Astro's caches (store, incremental pages) of its own,
  // so building the city's other districts does not throw its unchanged pages away.
  ...(process.env.SHEQU_ASTRO_CACHE_DIR ? { cacheDir: process.env.SHEQU_ASTRO_CACHE_DIR } : {}),
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
