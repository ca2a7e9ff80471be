/** `/data/channels.v1.json`: the open channel data (src/lib/open-data.ts), built from content/platforms/. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildOpenData } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const platforms = (await getCollection('platforms')).map((entry) => entry.data);
  const siteBase = new URL(import.meta.env.BASE_URL, site ?? url).href;
  const data = buildOpenData(platforms, { siteBase, generated: new Date() });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
