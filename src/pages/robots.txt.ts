import type { APIRoute } from 'astro';

// Everything is public; the sitemap is named when the site's address is known.
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `Sitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
