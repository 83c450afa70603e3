// The shell's one reading of the environment and of the `--content` flag. The pure core
// (src/lib/) never reads either: scripts, the Astro config and the loaders read them here and
// pass the values down (a content folder, a cache folder, the folder paths are shown relative to).
import path from 'node:path';

/** What the environment says, read once per call; every field has a default. */
export interface Settings {
  /** The content folder: `SHEQU_CONTENT` (set by `--content`), else `content`. */
  contentDir: string;
  /** The folder for files kept between runs (`SHEQU_CACHE_DIR`, else `node_modules/.cache/shequ`): the rendered bodies pages read live here, cache or not. */
  workDir: string;
  /** The parse and body caches' folder (`SHEQU_CACHE_DIR`, else `node_modules/.cache/shequ`); undefined with `SHEQU_CACHE=off`. */
  cacheDir: string | undefined;
  /** `SHEQU_QUIET`: builds print only warnings and errors (tests set it). */
  quiet: boolean;
  /** Debian's Chromium, or `CHROMIUM_PATH`. */
  chromiumPath: string;
  /** The working directory: messages name files relative to it. */
  cwd: string;
  /** `SHEQU_CITY`: the city a district is built into (JSON `{ title, home }`), set by the city build for its district builds. */
  city: string | undefined;
  /** `SHEQU_CITY_MODEL`: the city model file the city pages read, set by the city build. */
  cityModel: string | undefined;
  /** `SHEQU_PAGES_PER_SHARD`: the most pages one search-index shard holds (as given; the indexer checks it). */
  pagesPerShard: string | undefined;
  /** Where a city build keeps its districts' builds (`SHEQU_CACHE_DIR/city`, else `node_modules/.cache/shequ-city`). */
  cityCacheDir: string;
  /** `SHEQU_ASTRO_CACHE_DIR`: Astro's cache folder for a district built inside a city (each district keeps its own). */
  astroCacheDir: string | undefined;
  /** `SHEQU_EDITORS_CONTENT`: the editors' own folder when the build reads a prepared copy of it (a district inside a city); /admin/ edits that folder. */
  editorsContentDir: string | undefined;
}

/** Reads the settings from an environment (the process's by default). */
export function readSettings(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): Settings {
  return {
    contentDir: env.SHEQU_CONTENT || 'content',
    workDir: env.SHEQU_CACHE_DIR || path.resolve(cwd, 'node_modules', '.cache', 'shequ'),
    cacheDir: env.SHEQU_CACHE === 'off' ? undefined : env.SHEQU_CACHE_DIR || path.resolve(cwd, 'node_modules', '.cache', 'shequ'),
    quiet: Boolean(env.SHEQU_QUIET),
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    cwd,
    city: env.SHEQU_CITY || undefined,
    cityModel: env.SHEQU_CITY_MODEL || undefined,
    pagesPerShard: env.SHEQU_PAGES_PER_SHARD || undefined,
    cityCacheDir: env.SHEQU_CACHE_DIR ? path.join(env.SHEQU_CACHE_DIR, 'city') : path.resolve(cwd, 'node_modules', '.cache', 'shequ-city'),
    astroCacheDir: env.SHEQU_ASTRO_CACHE_DIR || undefined,
    editorsContentDir: env.SHEQU_EDITORS_CONTENT || undefined,
  };
}

/** The content folder: `SHEQU_CONTENT` when set (a script's `--content` sets it), else `content/`. */
export function getContentDir(): string {
  return readSettings().contentDir;
}

/** What `loadProject` needs from the shell: where the parse cache lives and where paths are shown from. */
export function readLoadOptions(settings: Settings = readSettings()): { cacheDir: string | undefined; displayRoot: string } {
  return { cacheDir: settings.cacheDir, displayRoot: settings.cwd };
}

/**
 * Takes a script's `--content` flag, when given: it becomes `SHEQU_CONTENT` (absolute), so that
 * the Astro config, the loaders and any child process read the same folder. Returns the folder.
 */
export function applyContentFlag(flag: string | undefined): string {
  if (flag) process.env.SHEQU_CONTENT = path.resolve(flag);
  return getContentDir();
}
