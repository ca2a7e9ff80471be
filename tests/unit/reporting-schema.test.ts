/** Reporting routes (`content/reporting/`): what the schema accepts, and the file, line, field and fix of each mistake. */
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { missingTexts, translatingLocales } from '../../src/lib/localized.ts';
import { loadReporting } from '../../src/readers/reporting-fs.ts';
import { parseReportingCountry, routeCounts } from '../../src/readers/reporting.ts';

/** A country file of a made-up authority (`fraud.example`), with `route` as its only route. */
function file(route: string, extra = ''): string {
  return `country: GB
authorities:
  - name: { en: Example Fraud Centre }
    role: police
    domains: [fraud.example]
    other-government-domains: [ministry.example]
    routes:
${route
  .trim()
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
${extra}`;
}

const officialPhone = `- kind: phone
  value: 0300 555 0100
  label: { en: Report line }
  status: official
  source: https://www.fraud.example/contact
  checked: 2026-12-01
  evidence: Call us on 0300 555 0100 to report a fraud.`;

/** The error message of parsing `text` as `gb.yaml`, or '' when it parses. */
function failure(text: string, name = 'gb'): string {
  try {
    parseReportingCountry(text, `content/reporting/${name}.yaml`);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('reporting files', () => {
  it('accepts official and unclear routes of every kind', () => {
    const text = file(`${officialPhone}
- kind: web
  value: https://report.fraud.example/form?type=crypto
  label: { en: Online form, zh-cn: 在线表单 }
  status: official
  source: https://report.fraud.example/form?type=crypto
  checked: 2026-12-01
  evidence: Use this form to report a scam.
- kind: web
  value: https://www.fraud.example/
  label: { en: Site }
  status: official
  source: https://www.ministry.example/news
  checked: 2026-12-01
  evidence: The centre's site is www.fraud.example.
- kind: in-person
  label: { en: Any police station }
  status: official
  source: https://www.fraud.example/visit
  checked: 2026-12-01
  evidence: You can also report at any police station.
- kind: email
  value: report@fraud.example
  label: { en: Email }
  status: unclear
  source: A news article only
  checked: 2026-12-01
- kind: app
  value: Fraud Reporter
  label: { en: App }
  status: unclear
  source: A news article only
  checked: 2026-12-01
  evidence: Download the Fraud Reporter app.`);
    const country = parseReportingCountry(text, 'content/reporting/gb.yaml');
    expect(country.lookalikes).toEqual([]);
    expect(routeCounts([country])).toEqual({ official: 4, unclear: 2 });
  });

  it.each([
    [
      'an official source off the authority’s domains',
      officialPhone.replace('https://www.fraud.example/contact', 'https://news.example/story'),
      12,
      'authorities.0.routes.0.source',
      'news.example is not one of the authority’s domains or the named government domains (fraud.example, ministry.example)',
    ],
    [
      'an official route without a quote',
      officialPhone.replace(/\n {2}evidence: .*/, ''),
      8,
      'authorities.0.routes.0.evidence',
      'an official route needs the quote of its source page',
    ],
    [
      'a quote without the number',
      officialPhone.replace('Call us on 0300 555 0100', 'Call us'),
      14,
      'authorities.0.routes.0.evidence',
      '`evidence:` does not contain 0300 555 0100',
    ],
    [
      'an official web route on another government’s domain',
      `- kind: web
  value: https://www.ministry.example/report
  label: { en: Form }
  status: official
  source: https://www.ministry.example/report
  checked: 2026-12-01
  evidence: Report here.`,
      9,
      'authorities.0.routes.0.value',
      'www.ministry.example is not on the authority’s own `domains:` (fraud.example)',
    ],
    [
      'an official source that is only a description',
      officialPhone.replace('https://www.fraud.example/contact', 'a leaflet we were given'),
      12,
      'authorities.0.routes.0.source',
      'without one, the route is unclear',
    ],
    [
      'an in-person route with a value',
      `- kind: in-person
  value: '101'
  label: { en: Station }
  status: unclear
  source: A news article only
  checked: 2026-12-01`,
      9,
      'authorities.0.routes.0.value',
      'an in-person route has no `value:`',
    ],
    [
      'a phone number in words',
      officialPhone.replace('value: 0300 555 0100', 'value: call the centre'),
      9,
      'authorities.0.routes.0.value',
      'write `value:` as the number the authority gives',
    ],
    [
      'a web route over http',
      officialPhone
        .replace('kind: phone', 'kind: web')
        .replace('value: 0300 555 0100', 'value: http://www.fraud.example/'),
      9,
      'authorities.0.routes.0.value',
      'write `value:` as a full https:// address',
    ],
    [
      'an unknown status',
      officialPhone.replace('status: official', 'status: probable'),
      11,
      'authorities.0.routes.0.status',
      'set `status:` to one of: official, unclear',
    ],
    [
      'a label without English',
      officialPhone.replace('label: { en: Report line }', 'label: { zh-cn: 举报电话 }'),
      10,
      'authorities.0.routes.0.label.en',
      'add the en text of `label:`',
    ],
    [
      'a misspelt field',
      `${officialPhone}\n  hour: 9-5`,
      8,
      'authorities.0.routes.0',
      'remove `hour`, which this entry does not have (check the spelling against content/reporting/README.md)',
    ],
  ])('refuses %s with the file, the line, the field and the fix', (_, route, line, field, fix) => {
    const message = failure(file(route));
    expect(message).toMatch(/^content\/reporting\/gb\.yaml: 1 problem/);
    expect(message).toContain(`✗ content/reporting/gb.yaml:${line} ${field}: `);
    expect(message).toContain(fix);
  });

  it('refuses a file named after another country, and a code that is not a country', () => {
    expect(failure(file(officialPhone), 'uk')).toContain(
      'content/reporting/uk.yaml: country: the country is GB but the file is uk; name the file gb.yaml',
    );
    expect(failure(file(officialPhone).replace('country: GB', 'country: UK'), 'uk')).toContain(
      'write `country:` as an ISO 3166-1 alpha-2 code in capitals',
    );
  });

  it('keeps lookalikes as host names', () => {
    const lookalike = `lookalikes:
  - value: https://fraud-example.test/
    note: { en: A copy. }
    source: Seen in search results
    checked: 2026-12-01`;
    expect(failure(file(officialPhone, lookalike))).toContain('lookalikes.0.value: write `value:` as a host name');
  });
});

describe('content/reporting/', () => {
  const countries = loadReporting();

  it('reads every country file, each named after its country', () => {
    expect(countries.length).toBeGreaterThanOrEqual(20);
    expect(new Set(countries.map(({ country }) => country)).size).toBe(countries.length);
  });

  // The rule of every data file readers see: a locale whose report-a-scam page strings are
  // translated has every text of the routes too; one still being added (its strings a copy of the
  // English) shows the English texts, marked as English, until they are translated.
  it('has every text in each locale whose report-a-scam strings are translated', () => {
    const ui = new Map(localeIds.map((id) => [id, loadUiStrings(id)]));
    const translating = translatingLocales(ui, 'report.', defaultLocale);
    for (const locale of translating) {
      for (const country of countries) {
        expect(missingTexts(country, locale, localeIds, defaultLocale), `${country.country} in ${locale}`).toEqual([]);
      }
    }
  });

  it('links no lookalike anywhere: no route value or source is on a listed lookalike', () => {
    for (const country of countries) {
      const hosts = country.authorities
        .flatMap((authority) => authority.routes)
        .flatMap((route) => [route.value, route.source])
        .flatMap((value) => (value && URL.canParse(value) ? [new URL(value).hostname] : []));
      for (const { value } of country.lookalikes) expect(hosts, `${country.country} ${value}`).not.toContain(value);
    }
  });
});
