/** `/verify-data.json`: the channel checker's lookup data, built from content/platforms/ and content/checker/ at build time. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildVerifyData } from '../lib/verify/data.ts';

export const GET: APIRoute = async () => {
  const platforms = (await getCollection('platforms')).map((entry) => entry.data);
  const checker = await getEntry('checker', 'content');
  if (!checker) throw new Error('[verify data] content/checker/ was not loaded');
  return new Response(JSON.stringify(buildVerifyData(platforms, checker.data)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
