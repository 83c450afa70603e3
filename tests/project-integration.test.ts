import type { AstroConfig } from 'astro';
import { describe, expect, test } from 'vitest';
import type { Project } from '../src/lib/project.ts';
import { createProjectIntegration, takeProject } from '../src/project-integration.ts';

const project = { problems: [] } as unknown as Project;
const configWith = (...integrations: AstroConfig['integrations']) => ({ integrations }) as AstroConfig;

describe('takeProject', () => {
  test('gives the loaders the project the build passed for their content folder, once', () => {
    const config = configWith({ name: 'other', hooks: {} }, createProjectIntegration('content', project));
    expect(takeProject(config, './content')).toBe(project);
    // Taken: the integration holds it no more, so its memory can go.
    expect(takeProject(config, 'content')).toBeUndefined();
  });

  test.each([
    ['another content folder', configWith(createProjectIntegration('content', project)), 'tests/fixtures/site'],
    ['no project passed (npm run dev)', configWith(), 'content'],
  ])('gives nothing for %s: the loaders read the folder themselves', (_, config, root) => {
    expect(takeProject(config, root)).toBeUndefined();
  });
});
