// The CI templates offices copy into their repositories: valid YAML, every command they run
// exists, the steps the guide promises are there, and no secret is written in them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };

const TEMPLATES = readdirSync('deploy/ci')
  .filter((name) => name.endsWith('.yml'))
  .sort();

/** Every string in a parsed YAML value: the commands live in `run:` and `script:` strings. */
function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

function readTemplate(name: string): { text: string; data: Record<string, unknown>; commands: string } {
  const text = readFileSync(path.join('deploy/ci', name), 'utf8');
  const doc = parseDocument(text);
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  const data = doc.toJS() as Record<string, unknown>;
  return { text, data, commands: collectStrings(data).join('\n') };
}

describe('deploy/ci templates', () => {
  test('there is one for each forge offices run', () => {
    expect(TEMPLATES).toEqual(['gitea-actions.yml', 'github-actions.yml', 'gitlab-ci.yml']);
  });

  test.each(TEMPLATES)('%s runs only npm scripts and deploy scripts that exist', (name) => {
    const { commands } = readTemplate(name);
    const scripts = [...commands.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(expect.arrayContaining(['validate', 'build']));
    expect(scripts.filter((script) => !(script in pkg.scripts))).toEqual([]);
    const files = [...commands.matchAll(/bash (deploy\/[\w.-]+\.sh)/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
    expect(commands).toContain('npm ci');
  });

  test.each(TEMPLATES)('%s names its secrets and writes none', (name) => {
    const { text } = readTemplate(name);
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY|password\s*[:=]\s*\S|AKID|LTAI/);
    for (const secret of ['DEPLOY_SSH_KEY', 'DEPLOY_TARGET', 'RCLONE_CONFIG_SITE_SECRET_ACCESS_KEY']) expect(text).toContain(secret);
  });

  test.each(['github-actions.yml', 'gitea-actions.yml'])('%s validates with annotations on every push and pull request, keeps the site, and deploys from main', (name) => {
    const { data, commands } = readTemplate(name);
    expect(Object.keys(data.on as object).sort()).toEqual(['pull_request', 'push']);
    expect(commands).toContain('npm run validate -- --format github');
    expect(commands).toMatch(/actions\/upload-artifact@v\d/);
    const jobs = data.jobs as Record<string, { if?: string; needs?: string }>;
    expect(jobs.deploy.needs).toBe('build');
    expect(jobs.deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(commands).toMatch(/\$\{\{ secrets\.DEPLOY_SSH_KEY \}\}/);
  });

  test('gitlab-ci.yml reports to merge requests as Code Quality, keeps the site, and deploys from the default branch', () => {
    const { data } = readTemplate('gitlab-ci.yml');
    const jobs = data as Record<string, { script?: string[]; artifacts?: Record<string, unknown>; rules?: { if: string }[] }>;
    expect(jobs.check.script!.join('\n')).toContain('npm run validate -- --format gitlab --output gl-code-quality-report.json');
    expect(jobs.check.artifacts).toMatchObject({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    expect(jobs.build.artifacts).toMatchObject({ paths: ['dist/'] });
    expect(jobs.deploy.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(JSON.stringify((data.workflow as { rules: unknown }).rules)).toContain('merge_request_event');
  });
});

describe('deploy upload scripts', () => {
  test.each(['deploy/rsync-upload.sh', 'deploy/rclone-upload.sh'])('%s is valid bash and says how to call it', (file) => {
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    const usage = spawnSync('bash', [file], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^用法：bash deploy\//);
  });
});
