import { defineCollection } from 'astro:content';
import { getContentDir, readSettings } from './settings.ts';
import { LoaderSession } from './loader-session.ts';
import { createLoaders } from './loaders.ts';
import { communitySchema } from './lib/schema.ts';
import { getBodiesFolder } from './lib/bodies.ts';

// One session per build or `npm run dev`: Vite evaluates this module once for each.
const loaders = createLoaders(new LoaderSession({ content: getContentDir(), bodies: getBodiesFolder(readSettings().workDir) }));

export const collections = {
  site: defineCollection({ loader: loaders.site }),
  // `cover` through Astro's image(): pages get it resolved and typed, without casts.
  communities: defineCollection({ loader: loaders.communities, schema: ({ image }) => communitySchema.extend({ cover: image().optional() }) }),
  reports: defineCollection({ loader: loaders.reports }),
  bodies: defineCollection({ loader: loaders.bodies }),
  charts: defineCollection({ loader: loaders.charts }),
  tables: defineCollection({ loader: loaders.tables }),
};
