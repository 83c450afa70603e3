import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * What was computed from a file's bytes in an earlier run, so that a rebuild does not parse
 * unchanged files again. Values must be plain data (structured-cloneable: no functions).
 */
export interface FileCache {
  /**
   * The value computed before for these exact bytes at this path, or `compute()` now. The
   * path is part of the key because computed values quote it (problems name their file).
   */
  remember<T>(file: string, bytes: Uint8Array, compute: () => T): T;
  /** Keeps what this run used, and only that, for the next run. Never throws. */
  save(): Promise<void>;
  /** How many values were computed rather than found, for tests and timings. */
  readonly computed: number;
}

/** Bump when the cache file's layout changes. */
const CACHE_FORMAT = 1;

/**
 * Opens the cache `name`. `code` lists the source files whose behaviour the cached values
 * depend on: a change to any of them (or to the dependency lock file) empties the cache, so a
 * changed parser or message never serves stale results. When they cannot be read (the code
 * has been bundled), or without a folder (`SHEQU_CACHE=off`, see src/settings.ts), nothing is cached.
 */
export async function openFileCache(name: string, code: URL[], dir: string | undefined): Promise<FileCache> {
  const fingerprint = dir === undefined ? undefined : await fingerprintCode(code);
  if (!fingerprint || dir === undefined) return createPassThrough();
  const cacheFile = path.join(dir, `${name}.bin`);
  const previous = await readEntries(cacheFile, fingerprint);
  const next = new Map<string, unknown>();
  let computed = 0;
  return {
    remember<T>(file: string, bytes: Uint8Array, compute: () => T): T {
      const key = createHash('sha1').update(file).update('\0').update(bytes).digest('base64');
      let value = (next.get(key) ?? previous.get(key)) as T | undefined;
      if (value === undefined) {
        value = compute();
        computed++;
      }
      next.set(key, value);
      return value;
    },
    async save() {
      if (computed === 0 && next.size === previous.size) return;
      try {
        await mkdir(path.dirname(cacheFile), { recursive: true });
        // Written whole and renamed: a build running beside this one never reads half a file.
        const partial = `${cacheFile}.${process.pid}.partial`;
        await writeFile(partial, serialize({ format: CACHE_FORMAT, fingerprint, entries: next }));
        await rename(partial, cacheFile);
      } catch (error) {
        console.warn(`提示：未能写入缓存 ${cacheFile}（${(error as Error).message}），下次构建会重新解析全部文件。`);
      }
    },
    get computed() {
      return computed;
    },
  };
}

function createPassThrough(): FileCache {
  let computed = 0;
  return {
    remember: (_file, _bytes, compute) => {
      computed++;
      return compute();
    },
    save: async () => undefined,
    get computed() {
      return computed;
    },
  };
}

async function readEntries(cacheFile: string, fingerprint: string): Promise<Map<string, unknown>> {
  try {
    const stored = deserialize(await readFile(cacheFile)) as { format?: number; fingerprint?: string; entries?: unknown };
    if (stored.format === CACHE_FORMAT && stored.fingerprint === fingerprint && stored.entries instanceof Map) return stored.entries;
  } catch {
    // Missing or unreadable (another version of Node, a torn disk): start afresh.
  }
  return new Map();
}

async function fingerprintCode(code: URL[]): Promise<string | undefined> {
  try {
    const hash = createHash('sha1').update(`${CACHE_FORMAT}\0${process.version}\0`);
    for (const url of code) hash.update(await readFile(url)).update('\0');
    // Dependencies (the YAML parser, Markdown plugins) change with the lock file.
    hash.update(await readFile(path.resolve('package-lock.json')).catch(() => ''));
    return hash.digest('base64');
  } catch {
    return undefined;
  }
}
