/**
 * Deployment settings read from the environment, so one build config serves every host. Every
 * variable is listed in the README's table ("Environment variables").
 */

/** Public origin used for canonical URLs, hreflang and the sitemap (`SITE_URL`). */
export const siteUrl = process.env['SITE_URL'] ?? 'https://signpost.example.org';

/** Sub-path the site is served under (`BASE_PATH`, e.g. `/help/`); `/` by default. */
export const basePath = normalizeBase(process.env['BASE_PATH']);

/**
 * Where to report a vulnerability (`SECURITY_CONTACT`, a `mailto:` or `https:` URI). Without it the
 * build publishes no `/.well-known/security.txt`: an invented address would send reports nowhere.
 */
export const securityContact = process.env['SECURITY_CONTACT']?.trim() || undefined;

/**
 * `HSTS_PRELOAD=true` adds `includeSubDomains; preload` to Strict-Transport-Security. Off by default:
 * it binds every subdomain of the host to HTTPS for two years and asks browsers to hard-code that,
 * which only the owner of the whole domain can decide (not a help center under a path of it).
 */
export const hstsPreload = parseFlag('HSTS_PRELOAD', process.env['HSTS_PRELOAD']);

/** Port of `npm start` / `npm run preview` when `--port` is not given (`PORT`). */
export const defaultPort = process.env['PORT']?.trim() || '4321';

/** Turns `help`, `/help` or `/help/` into `/help/`; empty or missing into `/`. */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `true`/`1`/`yes` or `false`/`0`/`no`/empty; anything else stops the build, naming the variable. */
export function parseFlag(name: string, value: string | undefined): boolean {
  const normalized = (value ?? '').trim().toLowerCase();
  if (['true', '1', 'yes'].includes(normalized)) return true;
  if (['', 'false', '0', 'no'].includes(normalized)) return false;
  throw new Error(`${name} must be true or false, not "${value ?? ''}"`);
}
