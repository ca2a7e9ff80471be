/** `/.well-known/security.txt`: how to report a vulnerability, expiring 180 days after the build. */
import type { APIRoute } from 'astro';
import { locales, localeIds } from '../../config/locales.ts';
import { securityTxt } from '../../lib/well-known.ts';

export const GET: APIRoute = ({ site, url }) => {
  const origin = site ?? url;
  const contact = process.env['SECURITY_CONTACT'] ?? `mailto:security@${origin.hostname}`;
  const body = securityTxt({
    contact,
    canonical: new URL(`${import.meta.env.BASE_URL}.well-known/security.txt`, origin).href,
    languages: localeIds.map((id) => locales[id].lang),
    now: new Date(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
