import { describe, expect, test } from 'vitest';
import { describeTableRow, splitForSpeech } from '../../src/lib/speech.ts';
import { getStrings } from '../../src/lib/i18n/index.ts';

describe('splitForSpeech', () => {
  test.each([
    ['柳园社区位于城关街道。', 120, ['柳园社区位于城关街道。']],
    ['第一句。第二句！第三句？', 6, ['第一句。', '第二句！', '第三句？']],
    ['第一句。第二句。', 120, ['第一句。第二句。']],
    ['一二三四五六七八', 3, ['一二三', '四五六', '七八']],
    ['  ', 120, []],
  ])('%s (max %i)', (text, max, pieces) => {
    expect(splitForSpeech(text, max)).toEqual(pieces);
  });
});

describe('describeTableRow', () => {
  test.each([
    ['zh-CN', '柳园社区', ['组织设置规范', '阵地建设规范'], ['达标', '部分达标'], '柳园社区：组织设置规范 达标，阵地建设规范 部分达标。'],
    ['zh-CN', '2023', ['满意度（%）', '样本数'], ['92.5', ''], '2023：满意度（%） 92.5。'],
    ['en', '柳园社区', ['Office', 'Party'], ['3', '1'], '柳园社区: Office 3, Party 1.'],
  ] as const)('%s: %s', (locale, name, headers, values, sentence) => {
    expect(describeTableRow(name, headers, values, getStrings(locale).readAloud)).toBe(sentence);
  });
});
