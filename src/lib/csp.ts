import { createHash } from 'node:crypto';

/** A script's Content-Security-Policy hash source (`sha256-…`), as browsers compute it. */
export function hashScript(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
