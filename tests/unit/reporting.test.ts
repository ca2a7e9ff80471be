/** How reporting routes are shown: links only for official routes, text, order by role and name, `?country=`. */
import { describe, expect, it } from 'vitest';
import { requestedCountry } from '../../src/lib/country-param.ts';
import { byRole, countriesByName, routeHref, routeText } from '../../src/lib/reporting.ts';
import type { Authority, ReportingRoute } from '../../src/schemas/reporting.ts';

const route = (fields: Partial<ReportingRoute>): ReportingRoute => ({
  kind: 'phone',
  label: { en: 'Line' },
  status: 'official',
  source: 'https://www.fraud.example/',
  checked: '2026-12-01',
  ...fields,
});

describe('routeHref and routeText', () => {
  it('links official web, phone and email routes', () => {
    expect(routeHref(route({ kind: 'web', value: 'https://www.fraud.example/report/' }))).toBe(
      'https://www.fraud.example/report/',
    );
    expect(routeHref(route({ value: '+44 207 066 1000' }))).toBe('tel:+442070661000');
    expect(routeHref(route({ value: '0300 123-2040' }))).toBe('tel:03001232040');
    expect(routeHref(route({ value: '#9110' }))).toBe('tel:%239110');
    expect(routeHref(route({ kind: 'email', value: 'report@fraud.example' }))).toBe('mailto:report@fraud.example');
  });

  it('never links an unclear route, an app or a visit', () => {
    expect(routeHref(route({ value: '0300 123 2040', status: 'unclear' }))).toBeUndefined();
    expect(routeHref(route({ kind: 'web', value: 'https://x.example/', status: 'unclear' }))).toBeUndefined();
    expect(routeHref(route({ kind: 'app', value: 'Fraud Reporter' }))).toBeUndefined();
    expect(routeHref(route({ kind: 'in-person' }))).toBeUndefined();
  });

  it('shows web addresses without the scheme and a bare trailing slash', () => {
    expect(routeText(route({ kind: 'web', value: 'https://www.ic3.example/' }))).toBe('www.ic3.example');
    expect(routeText(route({ kind: 'web', value: 'https://a.example/b/?c=d' }))).toBe('a.example/b/?c=d');
    expect(routeText(route({ value: '0300 123 2040' }))).toBe('0300 123 2040');
  });
});

describe('byRole and countriesByName', () => {
  it('puts where to report first, then the regulator, then advice, keeping the file order within a role', () => {
    const authority = (role: Authority['role'], name: string): Authority => ({
      name: { en: name },
      role,
      domains: [],
      'other-government-domains': [],
      routes: [route({ value: '101' })],
    });
    const sorted = byRole([
      authority('helpline', 'a'),
      authority('regulator', 'b'),
      authority('police', 'c'),
      authority('police', 'd'),
    ]);
    expect(sorted.map(({ name }) => name['en'])).toEqual(['c', 'd', 'b', 'a']);
  });

  it('sorts countries by their name in the language, with lower-case codes for the section ids', () => {
    const countries = [{ country: 'DE' }, { country: 'AT' }, { country: 'JP' }];
    expect(countriesByName(countries, 'en').map(({ name }) => name)).toEqual(['Austria', 'Germany', 'Japan']);
    expect(countriesByName(countries, 'de').map(({ code }) => code)).toEqual(['de', 'jp', 'at']);
  });
});

describe('requestedCountry', () => {
  const known = (id: string) => ['gb', 'us'].includes(id);

  it('reads ?country= in any case when the page has that country', () => {
    expect(requestedCountry('?country=GB', '', known)).toBe('gb');
    expect(requestedCountry('?x=1&country=us', '#', known)).toBe('us');
  });

  it('leaves a fragment the reader chose, an unknown country and anything that is not a code alone', () => {
    expect(requestedCountry('?country=GB', '#us', known)).toBeUndefined();
    expect(requestedCountry('?country=FR', '', known)).toBeUndefined();
    expect(requestedCountry('?country=gb%22><x', '', known)).toBeUndefined();
    expect(requestedCountry('', '', known)).toBeUndefined();
  });
});
