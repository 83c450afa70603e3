import { describe, expect, test } from 'vitest';
import { readNginxPolicy, setNginxPolicy } from '../../src/tools/nginx-conf.ts';

const CONF = `server {\n    listen 80;\n    add_header Content-Security-Policy "default-src 'self'" always;\n    add_header X-Content-Type-Options "nosniff" always;\n}\n`;

describe('readNginxPolicy', () => {
  test.each([
    ['a server block with the line', CONF, "default-src 'self'"],
    ['one without it', 'server {\n    listen 80;\n}\n', undefined],
    ['one where the line is commented out', `# ${CONF.split('\n')[2].trim()}\n`, undefined],
  ])('reads %s', (_, conf, expected) => {
    expect(readNginxPolicy(conf)).toBe(expected);
  });
});

describe('setNginxPolicy', () => {
  test('replaces the policy and nothing else, keeping $ as written', () => {
    const policy = "default-src 'self'; script-src 'self' 'sha256-a$&b='";
    const edited = setNginxPolicy(CONF, policy)!;
    expect(readNginxPolicy(edited)).toBe(policy);
    expect(edited.replace(policy, "default-src 'self'")).toBe(CONF);
  });

  test('gives undefined for a block without the line', () => {
    expect(setNginxPolicy('server {}\n', "default-src 'self'")).toBeUndefined();
  });
});
