import type { Problem } from './problems.ts';
import { createError } from './problems.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a content file as UTF-8. A BOM is dropped and CRLF becomes LF, which keeps line
 * numbers intact. Bytes that are not UTF-8 (often GBK from editors on Windows) are a problem,
 * never a page of garbled text.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    const text = decoder.decode(bytes).replace(/\r\n?/g, '\n');
    return { text };
  } catch {
    return {
      problem: createError(file, { line: findFirstBadLine(bytes) }, '', '文件不是 UTF-8 编码（可能是 GBK/GB18030）：请在编辑器中以 UTF-8 编码另存'),
    };
  }
}

/** Finds the line of the first byte sequence that is not valid UTF-8. */
function findFirstBadLine(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
