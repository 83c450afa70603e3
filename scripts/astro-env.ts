/**
 * Prepares the environment before Astro is loaded. Vite reads `DEV`, `PROD`, `SSR`, `MODE` and
 * `BASE_URL` from the environment into `import.meta.env`, so a parent process that set them
 * (vitest does) would turn a production build into a dev one that publishes drafts.
 */
export function prepareAstroEnv(mode: 'production' | 'development'): void {
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];
  process.env.NODE_ENV = mode;
  // Nothing leaves this machine at run time: no telemetry either.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
}
