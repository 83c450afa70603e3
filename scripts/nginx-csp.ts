// npm run nginx-csp -- [--dist <dir>] [--conf <file>] [--check]
// Sets the Content-Security-Policy line of an nginx server block (deploy/nginx.conf by default)
// to the policy the build wrote, or with --check only says whether they agree (exit 1 if not).
// A change to the site's scripts changes their hashes, and with them this line.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readNginxPolicy, setNginxPolicy } from '../src/tools/nginx-conf.ts';
import { HEADER_POLICY_FILE } from '../src/tools/publish-files.ts';
import { readCommandArgs } from '../src/tools/args.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';

await runCommand(async () => {
  const { values } = readCommandArgs({
    usage: [
      '用法：npm run nginx-csp -- [--dist <网站文件夹>] [--conf <nginx 配置文件>] [--check]',
      '  把 nginx 配置里 Content-Security-Policy 一行换成构建结果里的策略（dist/_shequ/content-security-policy.txt）。',
      '  --dist   构建好的网站（默认 dist）',
      '  --conf   要更新的配置（默认 deploy/nginx.conf；也可以是服务器上的 /etc/nginx/conf.d/shequ.conf）',
      '  --check  只核对，不改文件：不一致时退出码为 1',
    ].join('\n'),
    options: {
      dist: { type: 'string', default: 'dist' },
      conf: { type: 'string', default: 'deploy/nginx.conf' },
      check: { type: 'boolean', default: false },
    },
  });

  const policyFile = path.join(values.dist, HEADER_POLICY_FILE);
  const policy = (await readFile(policyFile, 'utf8').catch(() => undefined))?.trim();
  if (!policy) fail(`没有找到 ${policyFile}：请先运行 npm run build`);
  const conf = await readFile(values.conf, 'utf8').catch(() => undefined);
  if (conf === undefined) fail(`没有找到 nginx 配置 ${values.conf}`);
  const current = readNginxPolicy(conf);
  if (current === undefined) fail(`${values.conf} 里没有 add_header Content-Security-Policy "…" always; 这一行`);

  if (current === policy) {
    console.log(`${values.conf} 的 Content-Security-Policy 与 ${values.dist}/ 一致。`);
  } else if (values.check) {
    fail(`${values.conf} 的 Content-Security-Policy 与 ${values.dist}/ 不一致：运行 npm run nginx-csp -- --conf ${values.conf} 更新它，再让 nginx 重新加载配置。`);
  } else {
    await writeFile(values.conf, setNginxPolicy(conf, policy)!);
    console.log(`已更新 ${values.conf} 的 Content-Security-Policy（与 ${values.dist}/ 一致）。服务器上的配置改后请运行 nginx -t 和 nginx -s reload。`);
  }

  function fail(message: string): never {
    throw new CommandError(message, 1);
  }
});
