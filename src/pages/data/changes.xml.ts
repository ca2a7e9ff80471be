/** `/data/changes.xml`: the change log of the channel data as an Atom feed (src/lib/changes-feed.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { defaultLocale } from '../../config/locales.ts';
import { changesFeed } from '../../lib/changes-feed.ts';
import { openDataFiles } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const at = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, site ?? url).href;
  const log = (await getCollection('changes')).sort((a, b) => a.id.localeCompare(b.id)).map((entry) => entry.data);
  const platforms = await getCollection('platforms');
  const body = changesFeed(log, {
    self: at(openDataFiles.changes),
    page: at(`${defaultLocale}/open-data/`),
    platformPage: (id) => at(`${defaultLocale}/contact/#${id}`),
    names: new Map(platforms.map(({ id, data }) => [id, data.name])),
    host: new URL(site ?? url).hostname,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
