// The Content-Security-Policy a web server sends as a header: the page's own policy (Astro writes
// it into every page's <meta>) plus what only a header can carry. Both apply, so the header never
// allows what the page forbids; it adds the protection a <meta> policy cannot give.

/** Who may show the site in a frame: only the site itself (a portal framing it adds its origin). */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function readPagePolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta ? decodeAttribute(meta[1]) : undefined;
}

/**
 * The header policy for a page policy: the same directives in the same order, one `; ` between
 * them, and `frame-ancestors`, which browsers ignore in a `<meta>` policy.
 */
export function buildHeaderPolicy(pagePolicy: string): string {
  const directives = pagePolicy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  return [...directives, FRAME_ANCESTORS].join('; ');
}

// Astro escapes attribute text; a policy only ever needs these.
function decodeAttribute(text: string): string {
  return text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
