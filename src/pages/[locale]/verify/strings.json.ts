/** `/<locale>/verify/strings.json`: the checker's words in one locale, for the verdict shown above search results. */
import type { APIRoute } from 'astro';
import { localePaths } from '../../../data/locale-paths.ts';
import { checkerStrings } from '../../../lib/verify-strings.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ locals }) =>
  new Response(JSON.stringify(checkerStrings(locals.t.all())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
