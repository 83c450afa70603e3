import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import type { Project } from '../src/lib/project.ts';
import { LoaderSession } from '../src/loader-session.ts';
import { createProjectIntegration } from '../src/project-integration.ts';
import { FIXTURE } from './helpers/content.ts';

const project = { problems: [], content: { communities: [] } } as unknown as Project;
const build = { watcher: undefined, logger: console as unknown as LoaderContext['logger'] };
const configWith = (p?: Project) => ({ integrations: p ? [createProjectIntegration(FIXTURE, p)] : [] }) as unknown as LoaderContext['config'];

describe('LoaderSession', () => {
  test('in a build, serves every loader the project the build passed, then lets it go after the last one', async () => {
    const session = new LoaderSession({ content: FIXTURE, bodies: '/nowhere' });
    for (const name of ['a', 'b']) session.register(name);
    const config = configWith(project);
    const loading = session.getProject(config);
    expect(await loading).toBe(project);
    expect(session.getProject(config)).toBe(loading);
    session.afterFirstLoad('a', async () => {}, build);
    expect(session.isCurrent(loading)).toBe(true);
    session.afterFirstLoad('b', async () => {}, build);
    expect(session.isCurrent(loading)).toBe(false);
  });

  test('without a project passed (npm run dev), reads the content folder itself', async () => {
    const session = new LoaderSession({ content: FIXTURE, bodies: '/nowhere' });
    const loaded = await session.getProject(configWith());
    expect(loaded.content.communities.map((c) => c.slug)).toEqual(['hetang', 'liuan']);
  });

  test('draws the district’s charts once per project', () => {
    const session = new LoaderSession({ content: FIXTURE, bodies: '/nowhere' });
    expect(session.getDistrictCharts(project)).toBe(session.getDistrictCharts(project));
  });
});
