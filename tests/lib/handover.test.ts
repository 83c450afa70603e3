import { describe, expect, test } from 'vitest';
import { getHandedOverBody, handOverBody } from '../../src/lib/handover.ts';

describe('handOverBody', () => {
  test('gives the pages back exactly the HTML a loader left, by collection and id', () => {
    const html = `<h2 id="基本情况">基本情况</h2>\n<p>${'社区党群服务中心改造后，日间照料和四点半课堂同时开放。'.repeat(40)}</p>`;
    handOverBody('communities/liuyuan', html);
    handOverBody('reports/liuyuan', '<p>报告</p>');
    expect(getHandedOverBody('communities/liuyuan')).toBe(html);
    expect(getHandedOverBody('reports/liuyuan')).toBe('<p>报告</p>');
  });

  test('knows nothing of an entry no loader handed over (npm run dev renders from the store)', () => {
    expect(getHandedOverBody('communities/none')).toBeUndefined();
  });
});
