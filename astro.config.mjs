// @ts-check
import { defineConfig } from 'astro/config';
import { readSiteAddress } from './src/lib/address.ts';

// The public address and sub-path come from content/site.yaml, so editors set them, not code.
const { url, base } = readSiteAddress(process.env.SHEQU_CONTENT || 'content');

export default defineConfig({
  output: 'static',
  site: url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
