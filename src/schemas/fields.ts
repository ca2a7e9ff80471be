/**
 * Fields that every sourced data file shares (platform channels, reporting routes, the reader
 * journeys): a source, the day it was checked, a verbatim evidence quote, and texts written per
 * locale with the default locale required. One definition, so every file is checked the same way.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeIds, type Locale } from '../config/locales.ts';
import { maxEvidenceWords, wordCount } from '../lib/evidence.ts';

/** A lower-case ASCII host name such as `support.kraken.com` (IDNs in their `xn--` form). */
export const hostPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
/** A lower-case email address on such a host. */
export const emailPattern = /^[a-z0-9._%+-]+@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63})$/;

/** The latest calendar date anywhere on Earth (UTC+14), so a date written today never counts as future. */
export function latestToday(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The `error` option of a field: one message when it is missing, another when its value is wrong. */
export function errors(missing: string, wrong: string = missing) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong) };
}

/** An absolute https:// URL without credentials, or `undefined`. */
export function httpsUrl(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' && !url.username && !url.password ? url : undefined;
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function isOnDomains(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * True for an assigned ISO 3166-1 alpha-2 code in capitals (`IE`): not a private-use, grouping or
 * unknown code, and not an alias another code replaced (`UK` is `GB`).
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || /^(?:AA|EU|EZ|UN|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) return false;
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}` && regionNames.of(code) !== code;
}

/** Where a fact comes from: the https:// address of the page that states it. */
export const source = z
  .string(errors('add `source:` with the https:// address of the page that states this fact'))
  .refine(
    (value) => httpsUrl(value) !== undefined,
    'write `source:` as a full https:// address of the page that states this fact',
  )
  .describe('The https:// address of the page that states this fact.');

/** A source that may also be a short description, for facts no page states (e.g. observed fake sites, reprints). */
export const sourceOrNote = z
  .string(errors('add `source:`: an https:// address, or a short description such as "stored copies of the site"'))
  .trim()
  .min(10, 'describe `source:` in a few words, or give its https:// address')
  .refine(
    (value) => !/^https?:/i.test(value) || httpsUrl(value) !== undefined,
    'write `source:` as a full https:// address (http:// is not accepted), or as a short description',
  );

/** The day someone last checked the fact against its source. */
export const checked = z
  .string(errors('add `checked:` with the date you last checked the source, as YYYY-MM-DD'))
  .pipe(z.iso.date({ error: 'write `checked:` as a real date, YYYY-MM-DD' }))
  .refine((value) => value <= latestToday(), 'set `checked:` to the day you checked the source; it is in the future')
  .describe('The date the fact was last checked against its source (YYYY-MM-DD).');

/**
 * Text readers see: an English line under the field (`en: …`), and a line per other language as it
 * gets translated. A page in a language without its line shows the English, marked `lang="en"`;
 * adding a locale therefore needs no edit of the data files.
 */
export function localizedText(field: string, max: number) {
  const line = (id: string) =>
    z
      .string(errors(`add the ${id} text of \`${field}:\` (a line \`${id}: …\` under it)`))
      .trim()
      .min(1, `write the ${id} text of \`${field}:\`, or remove the empty line`)
      .max(max, `shorten the ${id} text of \`${field}:\` to ${max} characters`);
  const perLocale = Object.fromEntries(
    localeIds.map((id) => [id, id === defaultLocale ? line(id) : line(id).optional()]),
  ) as Record<typeof defaultLocale, z.ZodString> &
    Record<Exclude<Locale, typeof defaultLocale>, z.ZodOptional<z.ZodString>>;
  return z.strictObject(perLocale, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `\`${field}:\` has a text for an unknown language; use only: ${localeIds.join(', ')} (src/config/locales.ts)`
        : `write \`${field}:\` as one line per language, \`${defaultLocale}: …\` first; the others are optional`,
  });
}

/** A text written per locale, as {@link localizedText} reads it. */
export type LocalizedField = z.output<ReturnType<typeof localizedText>>;

/**
 * A verbatim quote from the source page, at most {@link maxEvidenceWords} words, in the page's own
 * language, that states the fact: for a channel or a route it contains the value (each schema checks
 * that), for a statement it is the statement itself.
 */
export const evidence = z
  .string(
    errors(
      `add \`evidence:\` with a verbatim quote of at most ${maxEvidenceWords} words from the source page that states this fact`,
      'write `evidence:` as text: the quote from the source page, in quotes if it contains `: `',
    ),
  )
  .trim()
  .min(1, `write the quote from the source page in \`evidence:\` (at most ${maxEvidenceWords} words)`)
  .refine((value) => wordCount(value) <= maxEvidenceWords, {
    error: (issue) =>
      `shorten \`evidence:\` to at most ${maxEvidenceWords} words of the source page (it has ${wordCount(String(issue.input))}); keep the part that states the fact`,
  })
  .describe(
    `A verbatim quote from the source page, at most ${maxEvidenceWords} words, in the page's language, stating the fact.`,
  );

/**
 * The `error` option of a strict object: names the keys it does not know and where the fields are
 * documented (`readme`, e.g. `content/platforms/README.md`).
 */
export function unknownKeys(readme: string) {
  return (issue: { code?: string; keys?: string[] }): string | undefined => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const keys = (issue.keys ?? []).map((key) => `\`${key}\``).join(', ');
    return `remove ${keys}, which this entry does not have (check the spelling against ${readme})`;
  };
}
