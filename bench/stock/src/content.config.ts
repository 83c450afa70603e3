// Astro's own glob loader over the bench's generated communities/*.md, with no schema: the
// baseline does what a stock Astro site would do with the same files. The bench names the
// content folder in SHEQU_STOCK_CONTENT.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = process.env.SHEQU_STOCK_CONTENT;
if (!content) throw new Error('SHEQU_STOCK_CONTENT must name the generated content folder');

export const collections = {
  communities: defineCollection({ loader: glob({ pattern: '*.md', base: `${content}/communities` }) }),
};
