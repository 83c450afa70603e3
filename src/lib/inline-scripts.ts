import { createHash } from 'node:crypto';

/**
 * The page's only inline script: it marks the document as scripted before anything paints, so
 * CSS can show charts instead of their tables without a flash. Kept here so the Content
 * Security Policy can allow exactly this text by its hash.
 */
export const MARK_SCRIPTED = "document.documentElement.classList.add('js');";

/** Every inline script of the site, for the CSP's hash list. */
export const INLINE_SCRIPTS = [MARK_SCRIPTED];

/** A script's CSP hash source (`sha256-…`). */
export function hashScript(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
