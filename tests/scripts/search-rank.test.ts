import { describe, expect, test } from 'vitest';
import { putExactTitlesFirst } from '../../src/scripts/search-rank.ts';

const results = (...titles: string[]) => titles.map((title) => ({ meta: { title } }));
const titles = (list: { meta: { title?: string } }[]) => list.map((r) => r.meta.title);

describe('putExactTitlesFirst', () => {
  test.each([
    ['安坝社区', ['安坝四社区', '金安坝社区', '安坝社区', '安坝二社区'], ['安坝社区', '安坝四社区', '金安坝社区', '安坝二社区']],
    [' 安坝 社区 ', ['安坝四社区', '安坝社区'], ['安坝社区', '安坝四社区']],
    ['日间照料', ['柳园社区', '双桥社区'], ['柳园社区', '双桥社区']],
    ['', ['柳园社区', '双桥社区'], ['柳园社区', '双桥社区']],
    ['Shequ report', ['Other', 'shequ Report'], ['shequ Report', 'Other']],
  ])('“%s” over %j gives %j', (query, given, expected) => {
    expect(titles(putExactTitlesFirst(query, results(...given)))).toEqual(expected);
  });

  test('keeps a result without a title, in its place', () => {
    expect(putExactTitlesFirst('柳园社区', [{ meta: {} }, { meta: { title: '柳园社区' } }])).toEqual([{ meta: { title: '柳园社区' } }, { meta: {} }]);
  });
});
