/** `/robots.txt`, pointing crawlers to the sitemap of every locale. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/well-known.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site ?? url).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
