/** robots.txt: everything may be crawled; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/site/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site!, withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
