import { describe, expect, test } from 'vitest';
import { hasOwnNumber, shouldNumberToc } from '../../src/lib/toc.ts';

describe('hasOwnNumber', () => {
  test.each([
    ['一、为什么要抓社区规范化建设', true],
    ['十二、附则', true],
    ['（一）领导带头，力量下沉', true],
    ['(3) 经费保障', true],
    ['1. 组织设置', true],
    ['2、阵地建设', true],
    ['3.2 队伍建设', true],
    ['第一章 总则', true],
    ['第二部分 主要做法', true],
    ['基本情况', false],
    ['2023年工作回顾', false],
    ['一站式服务大厅', false],
    ['十分重要的经验', false],
  ])('%s → %s', (text, expected) => {
    expect(hasOwnNumber(text)).toBe(expected);
  });
});

describe('shouldNumberToc', () => {
  test.each([
    [['基本情况', '主要做法'], true],
    [['一、做法', '二、成效'], false],
    [['基本情况', '（一）做法'], false],
    [[], true],
  ])('%j → %s', (texts, expected) => {
    expect(shouldNumberToc(texts.map((text, i) => ({ slug: `s${i}`, text, depth: 2 })))).toBe(expected);
  });
});
