import { defineCollection } from 'astro:content';
import { chartsLoader, communitiesLoader, reportsLoader, siteLoader, tablesLoader } from './loaders.ts';

export const collections = {
  site: defineCollection({ loader: siteLoader }),
  communities: defineCollection({ loader: communitiesLoader }),
  reports: defineCollection({ loader: reportsLoader }),
  charts: defineCollection({ loader: chartsLoader }),
  tables: defineCollection({ loader: tablesLoader }),
};
