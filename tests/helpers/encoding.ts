/**
 * Encodes text as GB18030, the way Excel on Chinese Windows saves "CSV": Node can decode it but
 * not encode it, so the two-byte codes are found by decoding every one once.
 */
export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(getTable().get(ch) ?? fail(ch)));
  }
  return Uint8Array.from(bytes);
}

let table: Map<string, [number, number]> | undefined;
function getTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

function fail(ch: string): never {
  throw new Error(`no two-byte GB18030 code for ${ch}`);
}
