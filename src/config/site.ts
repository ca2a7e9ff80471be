/** Deployment settings read from the environment, so one build config serves every host. */

/** Public origin used for canonical URLs, hreflang and the sitemap (`SITE_URL`). */
export const siteUrl = process.env['SITE_URL'] ?? 'https://signpost.example.org';

/** Sub-path the site is served under (`BASE_PATH`, e.g. `/help/`); `/` by default. */
export const basePath = normalizeBase(process.env['BASE_PATH']);

/** Turns `help`, `/help` or `/help/` into `/help/`; empty or missing into `/`. */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
