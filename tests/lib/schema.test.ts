import { describe, expect, test } from 'vitest';
import { siteSchema } from '../../src/lib/schema.ts';

const site = { title: '测试', district: '测试区', period: { from: 2020, to: 2023 }, standards: [{ id: 'venue', name: '阵地建设规范' }] };

describe('siteSchema contact', () => {
  test.each([
    [undefined, []],
    [{ name: '区民政局' }, []],
    [{ name: '区民政局', email: 'shequ@example.gov.cn', phone: '0571-8888 6666' }, []],
    [{ name: '区民政局', email: '不是邮箱' }, ['contact.email: 应为电子邮件地址（如 shequ@example.gov.cn）']],
    [{ name: '区民政局', phone: 88886666 }, ['contact.phone: 应为文字：电话号码请加引号，如 "0571-8888 6666"']],
    [{ email: 'shequ@example.gov.cn' }, ['contact.name: 应为文字']],
    ['区民政局', ['contact: 应为 { name: 部门, email: 邮箱, phone: 电话 }']],
  ])('%j', (contact, messages) => {
    const result = siteSchema.safeParse({ ...site, contact });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(messages);
  });
});
