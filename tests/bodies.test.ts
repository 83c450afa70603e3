import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The store holds no body HTML: Astro's render() on a community or report entry would give an
// empty body without a word. So pages never call it; src/bodies.ts is their one door.
function listSources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => path.join(folder, f));
}

describe('readBody', () => {
  test.each(['src/pages', 'src/components', 'src/layouts', 'src/pages-data'])('is the only way %s reach a rendered body', (folder) => {
    const offenders = listSources(folder).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /import\s*{[^}]*\brender\b[^}]*}\s*from\s*'astro:content'/.test(text) || /\.rendered\b/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  test('src/bodies.ts is where Astro’s render() is called', () => {
    expect(readFileSync('src/bodies.ts', 'utf8')).toMatch(/import { getEntry, render } from 'astro:content';/);
  });
});
