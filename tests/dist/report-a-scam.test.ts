/** /<locale>/report-a-scam/: every country of the data, official routes linked with their source, unclear ones never linked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { intlLocale, localeIds } from '../../src/config/locales.ts';
import { countryName, defang } from '../../src/lib/channels.ts';
import { routeHref, routeText } from '../../src/lib/reporting.ts';
import { loadReporting } from '../../src/readers/reporting-fs.ts';
import { readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const countries = loadReporting();

describe.each(localeIds)('/%s/report-a-scam/', (locale) => {
  const doc = () => readPage(`/${locale}/report-a-scam/`);

  it('lists every country as a plain link to its section, named in the page’s language', () => {
    const page = doc();
    const links = [...page.querySelectorAll('#countries li a')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(countries.map(({ country }) => `#${country.toLowerCase()}`).sort());
    for (const { country } of countries) {
      const section = page.getElementById(country.toLowerCase());
      expect(section?.matches('section[data-country]'), country).toBe(true);
      expect(section?.querySelector('h2')?.textContent).toBe(countryName(country, intlLocale(locale)));
    }
  });

  it('links each official route with its source, date and quote, and never links an unclear one', () => {
    const page = doc();
    for (const country of countries) {
      const section = page.getElementById(country.country.toLowerCase());
      const hrefs = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      const text = section?.textContent ?? '';
      for (const route of country.authorities.flatMap((authority) => authority.routes)) {
        const where = `${country.country} ${route.kind} ${route.value ?? ''}`;
        if (route.status === 'official') {
          if (routeHref(route)) expect(hrefs, where).toContain(routeHref(route));
          expect(hrefs, where).toContain(route.source);
          expect(text, where).toContain(route.evidence ?? '');
        } else if (route.value !== undefined) {
          expect(text, where).toContain(routeText(route));
          // The link it would have, were it official, is nowhere on the page.
          const wouldBe = routeHref({ ...route, status: 'official' });
          if (wouldBe) expect(hrefs, `${where} is linked`).not.toContain(wouldBe);
        }
        expect(
          section?.querySelector(`time[datetime="${route.checked}"]`),
          `${where} has its check date`,
        ).not.toBeNull();
      }
      const unclear = section?.querySelectorAll('li.route.unclear').length ?? 0;
      const official = section?.querySelectorAll('li.route.official').length ?? 0;
      const routes = country.authorities.flatMap((authority) => authority.routes);
      expect(unclear, country.country).toBe(routes.filter((route) => route.status === 'unclear').length);
      expect(official, country.country).toBe(routes.filter((route) => route.status === 'official').length);
      for (const { value } of country.lookalikes) {
        expect(text).toContain(defang(value));
        expect(hrefs.some((href) => href?.includes(value))).toBe(false);
      }
    }
  });

  it('says what to collect and warns about paid recovery, and keeps unconfirmed numbers from becoming call links', () => {
    const page = doc();
    expect(page.querySelectorAll('#collect li').length).toBe(6);
    expect(page.querySelector('.sp-warning')).not.toBeNull();
    expect(page.querySelector('meta[name="format-detection"]')?.getAttribute('content')).toBe('telephone=no');
    expect(page.querySelector('#other')).not.toBeNull();
  });
});
