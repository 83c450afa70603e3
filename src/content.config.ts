import { defineCollection } from 'astro:content';
import { chartsLoader, communitiesLoader, reportsLoader, siteLoader, tablesLoader } from './loaders.ts';
import { communitySchema } from './lib/schema.ts';

export const collections = {
  site: defineCollection({ loader: siteLoader }),
  // `cover` through Astro's image(): pages get it optimisable and typed, without casts.
  communities: defineCollection({ loader: communitiesLoader, schema: ({ image }) => communitySchema.extend({ cover: image().optional() }) }),
  reports: defineCollection({ loader: reportsLoader }),
  charts: defineCollection({ loader: chartsLoader }),
  tables: defineCollection({ loader: tablesLoader }),
};
