// npm run dev -- [--content <dir>] [--port <n>]
// Astro's dev server on the content folder; content problems are logged and the server keeps running.
import path from 'node:path';
import { readCommandArgs } from '../src/tools/args.ts';
import { isCityFolder } from '../src/lib/city/city-file.ts';
import { runCityDev } from '../src/tools/city/dev-city.ts';
import { prepareAstroEnv } from './astro-env.ts';
import { applyContentFlag } from '../src/settings.ts';
import { runCommand } from '../src/tools/command.ts';

await runCommand(async () => {
  const { values } = readCommandArgs({
    usage: ['用法：npm run dev -- [--content <内容文件夹>] [--port <端口>] [--host <地址>]', '  启动预览服务器，边改边看；内容有问题时在终端和页面上列出，服务器继续运行。'].join('\n'),
    options: { content: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  });
  const contentDir = applyContentFlag(values.content);
  // A city folder: the city is built (unchanged districts reused) and served, and built again on every change.
  if (isCityFolder(contentDir)) {
    const checkout = path.resolve(import.meta.dirname, '..');
    await runCityDev({ cityDir: values.content ?? contentDir, checkout, out: path.join(checkout, 'node_modules', '.cache', 'shequ-city-dev', 'dist'), port: values.port ? Number(values.port) : 4321, host: values.host ?? 'localhost' });
    return;
  }
  prepareAstroEnv('development');
  const { dev } = await import('astro');
  await dev({ server: { port: values.port ? Number(values.port) : undefined, host: values.host } });
});
