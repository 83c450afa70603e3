// npm run dev -- [--content <dir>] [--port <n>]
// Astro's dev server on the content folder; content problems are logged and the server keeps running.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareAstroEnv } from './astro-env.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
});
if (values.content) process.env.SHEQU_CONTENT = path.resolve(values.content);
prepareAstroEnv('development');

const { dev } = await import('astro');
await dev({ server: { port: values.port ? Number(values.port) : undefined, host: values.host } });
