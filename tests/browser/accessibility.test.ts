import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, TEMPLATES, useServedSite } from '../helpers/browser.ts';
import { openPage, scrollThrough } from '../helpers/page-session.ts';

const require = createRequire(import.meta.url);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!hasChromium())('accessibility of every page template (axe, WCAG 2.2 AA)', () => {
  const site = useServedSite('sampleDist');
  let axeSource: string;
  beforeAll(async () => {
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  });

  // Each template in light and dark, normal and in 长辈模式 (care mode, opened by ?care=1).
  const withCare = (sitePath: string) => `${sitePath}${sitePath.includes('?') ? '&' : '?'}care=1`;
  const cases = Object.entries(TEMPLATES).flatMap(([name, sitePath]) => (['light', 'dark'] as const).flatMap((scheme) => [[name, scheme, '', sitePath] as const, [name, scheme, ' (长辈模式)', withCare(sitePath)] as const]));
  test.each(cases)('%s in %s mode%s has no violations', async (_, colorScheme, _care, sitePath) => {
    // axe is injected as a script, which the site's CSP rightly refuses: this context bypasses it.
    const session = await openPage(site.browser, site.origin, sitePath, { width: 390, colorScheme, bypassCSP: true });
    try {
      await scrollThrough(session.page);
      await session.page.addScriptTag({ content: axeSource });
      const violations = await session.page.evaluate(async (tags) => {
        const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}${v.nodes.length > 3 ? ` …${v.nodes.length} in all` : ''})`,
        );
      }, AXE_TAGS);
      expect(violations).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
