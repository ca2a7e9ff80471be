/** `/data/channels.v1.schema.json`: the JSON Schema of the open channel data (src/schemas/channels-v1.ts). */
import type { APIRoute } from 'astro';
import { openDataFiles } from '../../lib/open-data.ts';
import { channelsV1Schema } from '../../schemas/channels-v1.ts';

export const GET: APIRoute = ({ site, url }) => {
  const id = new URL(`${import.meta.env.BASE_URL}${openDataFiles.schema}`, site ?? url).href;
  return new Response(`${JSON.stringify(channelsV1Schema(id), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
