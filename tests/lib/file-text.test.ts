import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/lib/file-text.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  test.each([
    ['plain UTF-8', encode('名称: 青石\n'), '名称: 青石\n'],
    ['a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('a: 1\n')]), 'a: 1\n'],
    ['CRLF line endings', encode('a: 1\r\nb: 2\r\n'), 'a: 1\nb: 2\n'],
  ])('accepts %s', (_, bytes, text) => {
    expect(decodeText(bytes, 'x.md')).toEqual({ text });
  });

  test('rejects GBK bytes with the line they are on', () => {
    // "青石" in GBK on the second line.
    const bytes = new Uint8Array([...encode('---\nname: '), 0xc7, 0xe0, 0xca, 0xaf, 0x0a]);
    const result = decodeText(bytes, 'content/communities/qingshi.md');
    expect(result).toEqual({
      problem: {
        file: 'content/communities/qingshi.md',
        line: 2,
        column: undefined,
        path: '',
        severity: 'error',
        message: '文件不是 UTF-8 编码（可能是 GBK/GB18030）：请在编辑器中以 UTF-8 编码另存',
      },
    });
  });
});
