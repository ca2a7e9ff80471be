/** `/verify-data.json`: the channel checker's lookup data, built from content/platforms/ and content/checker/ at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadCheckerContent } from '../readers/checker-fs.ts';
import { buildVerifyData } from '../lib/verify/data.ts';

export const GET: APIRoute = async () => {
  const platforms = (await getCollection('platforms')).map((entry) => entry.data);
  return new Response(JSON.stringify(buildVerifyData(platforms, loadCheckerContent())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
