import path from 'node:path';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Project } from './lib/project.ts';

// `npm run build` has loaded and checked the content before Astro starts; Astro's loaders then
// need the same project. Vite evaluates the loaders' modules apart from the build script, so
// no module state is shared; Astro's config is. The build passes the project in an integration
// with a hook of its own (Astro runs only the hooks it knows), and the loaders take it from
// there: visible in the config, and gone once taken.

const NAME = 'shequ-project';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Astro {
    interface IntegrationHooks {
      /** The project loaded from content folder `root` before the build, once; else undefined. */
      'shequ:take-project': (root: string) => Project | undefined;
    }
  }
}

/** An integration that hands a loaded project to the loaders of the Astro build it is passed to. */
export function createProjectIntegration(root: string, project: Project): AstroIntegration {
  let held: Project | undefined = project;
  return {
    name: NAME,
    hooks: {
      'shequ:take-project': (asked) => {
        if (path.resolve(asked) !== path.resolve(root)) return undefined;
        const taken = held;
        // Let go: once the loaders have filled the store, the project's memory can be freed.
        held = undefined;
        return taken;
      },
    },
  };
}

/** The project the build passed for content folder `root` (see createProjectIntegration), once. */
export function takeProject(config: AstroConfig, root: string): Project | undefined {
  return config.integrations.find((i) => i.name === NAME)?.hooks['shequ:take-project']?.(root);
}
