// Injected into the admin bundles in place of Node's Buffer: gray-matter keeps a copy of each
// file's text as a Buffer (`file.orig`), which the checks never read.
export const Buffer = {
  from: (text: string): Uint8Array => new TextEncoder().encode(text),
  isBuffer: (): boolean => false,
};
