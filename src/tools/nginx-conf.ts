// The one generated line of deploy/nginx.conf: the header CSP, which must equal the build's.

const POLICY_LINE = /^(\s*add_header\s+Content-Security-Policy\s+")([^"]*)("\s+always;)\s*$/m;

/** The policy an nginx server block sends, or undefined when it sends none. */
export function readNginxPolicy(conf: string): string | undefined {
  return POLICY_LINE.exec(conf)?.[2];
}

/** The server block with its policy line set to `policy`; undefined when it has no such line. */
export function setNginxPolicy(conf: string, policy: string): string | undefined {
  if (!POLICY_LINE.test(conf)) return undefined;
  // A function, so `$` in the policy is never read as a replacement pattern.
  return conf.replace(POLICY_LINE, (_, start: string, __: string, end: string) => `${start}${policy}${end}`);
}
