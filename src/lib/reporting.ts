/** Presentation of reporting routes (pure): link targets, display text, order, and the country a URL asks for. */
import { authorityRoles, type Authority, type ReportingCountry, type ReportingRoute } from '../schemas/reporting.ts';
import { countryName } from './channels.ts';

/**
 * Where an official route's value leads: the web address, a `tel:` link (digits, a leading `+` and
 * `#` kept, `#` escaped), or a `mailto:` link; `undefined` for an app, in person, or an unclear
 * route, which is never linked.
 */
export function routeHref(route: ReportingRoute): string | undefined {
  if (route.status !== 'official' || route.value === undefined) return undefined;
  switch (route.kind) {
    case 'web':
      return route.value;
    case 'phone':
      return `tel:${route.value.replace(/[^\d+#]/g, '').replaceAll('#', '%23')}`;
    case 'email':
      return `mailto:${route.value}`;
    default:
      return undefined;
  }
}

/** A route's value as readers see it: a web address without `https://` and a bare trailing `/`. */
export function routeText(route: ReportingRoute): string {
  const value = route.value ?? '';
  return route.kind === 'web' ? value.replace(/^https:\/\//, '').replace(/\/$/, '') : value;
}

/** Authorities in the order a victim needs them: where to report, then the regulator, then advice; file order within a role. */
export function byRole(authorities: readonly Authority[]): Authority[] {
  return authorityRoles.flatMap((role) => authorities.filter((authority) => authority.role === role));
}

/** Countries with their names in `lang`, sorted by name as that language sorts. */
export function countriesByName<C extends Pick<ReportingCountry, 'country'>>(
  countries: readonly C[],
  lang: string,
): { country: C; code: string; name: string }[] {
  const collator = new Intl.Collator(lang);
  return countries
    .map((country) => ({ country, code: country.country.toLowerCase(), name: countryName(country.country, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
