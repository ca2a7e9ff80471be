/**
 * The re-check: every source page of every fact fetched once, and per fact whether the page still
 * answers, whether its evidence quote is still on it and whether its value is. The verdicts:
 *
 * - `ok`: the page answered and everything the fact carries was found;
 * - `evidence-gone`: the page is gone (404, 410), or it answered with a page on which the quote or
 *   the value is no longer found: someone must read it again and update or remove the fact;
 * - `source-gone`: the same for a fact without evidence (an unclear fact's source, a fake's report);
 * - `unverified`: no verdict possible (network error, timeout, another HTTP error such as 403 from a
 *   bot wall, a page that is not HTML or text, a page over the size cap without the quote in the
 *   part read).
 */
import type { Platform } from '../../../src/schemas/platform.ts';
import { quoteHasEmail, quoteHasHandle, quoteHasHost, quoteHasPhone } from '../../../src/lib/evidence.ts';
import { platformFacts, sourceUrls, type Fact, type FactSection, type FactStatus } from '../../../src/lib/facts.ts';
import type { PlatformLocator } from '../../../src/readers/platforms-fs.ts';
import { fetchPages, type FetchedPage, type FetchOptions } from './fetch-page.ts';
import { findQuote, htmlPageText, plainPageText, type PageText, type QuoteMatch } from './page-text.ts';

/** Where a value was found: in the text, in a link, in the page's own address, in a script, or not at all. */
export type ValueMatch = 'text' | 'link' | 'address' | 'script' | 'missing';

/** A fact's verdict; see the module comment. */
export type Verdict = 'ok' | 'evidence-gone' | 'source-gone' | 'unverified';

/** What the re-check found for one fact and one of its source pages. */
export interface FactResult {
  platform: string;
  /** The platform file, e.g. `content/platforms/kraken.yaml`, and the line of the fact in it. */
  file?: string;
  line?: number;
  /** The fact's place in the file, e.g. `channels.3`. */
  field: string;
  section: FactSection;
  status: FactStatus;
  kind: string;
  /** The fact's value as the data writes it (a handle without `@`), if it has one. */
  value?: string;
  source: string;
  checked: string;
  page: {
    status?: number;
    finalUrl: string;
    redirects: string[];
    contentType?: string;
    bytes: number;
    truncated: boolean;
    attempts: number;
    error?: string;
  };
  /** Where the evidence quote was found; `not-checked` when the fact has none or the page could not be read. */
  quote: QuoteMatch | 'not-checked';
  /** Where the value was found; `not-checked` for facts without a value or evidence, or an unread page. */
  valueFound: ValueMatch | 'not-checked';
  verdict: Verdict;
  /** One sentence: what was found and what to do. */
  reason: string;
}

/** The whole report, as written to `.cache/recheck/report.json`. */
export interface RecheckReport {
  /** When the re-check ran (ISO 8601). */
  ran: string;
  userAgent: string;
  pages: number;
  facts: FactResult[];
  totals: Record<Verdict, number>;
}

/** Media types read as HTML or as plain text; anything else is not checked. */
const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

/** The text of a fetched page, or the reason it cannot be read. */
function readPage(page: FetchedPage): PageText | string {
  const type = page.contentType ?? '';
  if (htmlTypes.has(type) || (!type && /^\s*</.test(page.body ?? '')))
    return htmlPageText(page.body ?? '', page.finalUrl);
  if (type === 'text/plain') return plainPageText(page.body ?? '');
  return `the page is not HTML (${type || 'no content type'}); read it by hand`;
}

/** Where the fact's value is on the page. */
function findValue(fact: Fact, page: PageText, finalUrl: string): ValueMatch | 'not-checked' {
  const [value] = fact.values;
  if (value === undefined || fact.evidence === undefined || fact.section === 'unclear') return 'not-checked';
  let inText: (text: string) => boolean;
  let inLink: (href: string) => boolean;
  let atAddress = false;
  switch (fact.kind) {
    case 'phone':
      inText = (text) => quoteHasPhone(text, value);
      inLink = (href) => href.startsWith('tel:') && quoteHasPhone(href.slice(4), value);
      break;
    case 'email':
      inText = (text) => quoteHasEmail(text, value);
      inLink = (href) => href.toLowerCase().startsWith('mailto:') && quoteHasEmail(href, value);
      break;
    case 'social':
    case 'handle':
      inText = (text) => quoteHasHandle(text, value);
      inLink = (href) => quoteHasHandle(href, value);
      break;
    default: {
      // A web address or a fake domain: its host, in the text or as the host of a link.
      const host = URL.canParse(value) ? new URL(value).hostname : value;
      inText = (text) => quoteHasHost(text, host);
      inLink = (href) => URL.canParse(href) && new URL(href).hostname === host;
      atAddress = fact.section === 'channels' && URL.canParse(finalUrl) && new URL(finalUrl).hostname === host;
    }
  }
  if (inText(page.text)) return 'text';
  if (page.links.some(inLink)) return 'link';
  if (atAddress) return 'address';
  if (inText(page.scripts)) return 'script';
  return 'missing';
}

/** The verdict and its reason for one fact on one fetched page. */
function judge(fact: Fact, page: FetchedPage): Pick<FactResult, 'quote' | 'valueFound' | 'verdict' | 'reason'> {
  const hasEvidence = fact.evidence !== undefined;
  const goneVerdict: Verdict = hasEvidence ? 'evidence-gone' : 'source-gone';
  const unverified = (reason: string) =>
    ({ quote: 'not-checked', valueFound: 'not-checked', verdict: 'unverified', reason }) as const;
  if (page.status === undefined) return unverified('the page did not answer; try again later');
  if (page.status === 404 || page.status === 410) {
    return {
      quote: 'not-checked',
      valueFound: 'not-checked',
      verdict: goneVerdict,
      reason: `the page is gone (HTTP ${page.status}); find where the platform states this now, or remove the fact`,
    };
  }
  if (page.status >= 300 && page.status < 400)
    return unverified(`HTTP ${page.status} after ${page.redirects.length} redirects`);
  if (page.status >= 400) return unverified(`HTTP ${page.status}; open the page in a browser`);
  const text = readPage(page);
  if (typeof text === 'string') return unverified(text);
  if (!hasEvidence)
    return { quote: 'not-checked', valueFound: 'not-checked', verdict: 'ok', reason: 'the page answers' };
  const quote = findQuote(text, fact.evidence ?? '');
  const valueFound = findValue(fact, text, page.finalUrl);
  const valueMissing = valueFound === 'missing';
  if (quote !== 'missing' && !valueMissing) {
    const where = quote === 'script' ? ' (in the page’s script data, not its visible text)' : '';
    return { quote, valueFound, verdict: 'ok', reason: `the quote is on the page${where}` };
  }
  if (page.truncated) {
    return {
      quote,
      valueFound,
      verdict: 'unverified',
      reason: `the page is larger than the cap and the quote is not in the part read (${page.bytes} bytes); read it by hand`,
    };
  }
  if (quote === 'missing' && !valueMissing && valueFound !== 'not-checked') {
    return {
      quote,
      valueFound,
      verdict: 'evidence-gone',
      reason:
        'the value is still on the page but the quote is not: the page was reworded; copy the new words into `evidence:`',
    };
  }
  if (valueMissing) {
    return {
      quote,
      valueFound,
      verdict: 'evidence-gone',
      reason:
        quote === 'missing'
          ? 'neither the quote nor the value is on the page any more; read the page again and update or remove the fact'
          : 'the quote is there but the value is not; read the page again',
    };
  }
  return {
    quote,
    valueFound,
    verdict: 'evidence-gone',
    reason: 'the quote is no longer on the page; read the page again and update `evidence:` or remove the fact',
  };
}

/** Re-checks the facts of `platforms` against their source pages. */
export async function recheck(
  platforms: readonly Platform[],
  options: FetchOptions & { locate?: PlatformLocator; now?: Date },
): Promise<RecheckReport> {
  const facts = platforms.flatMap(platformFacts);
  const jobs = facts.flatMap((fact) => sourceUrls(fact).map((source) => ({ fact, source })));
  const pages = await fetchPages(
    jobs.map(({ source }) => source),
    options,
  );
  const results = jobs.map(({ fact, source }): FactResult => {
    const page = pages.get(source);
    if (!page) throw new Error(`recheck: ${source} was not fetched`);
    const where = options.locate?.(fact.platform, [fact.section, fact.index]);
    const [value] = fact.values;
    return {
      platform: fact.platform,
      ...(where ? { file: where.file, ...(where.line === undefined ? {} : { line: where.line }) } : {}),
      field: `${fact.section}.${fact.index}`,
      section: fact.section,
      status: fact.status,
      kind: fact.kind,
      ...(value === undefined || fact.section === 'unclear' ? {} : { value }),
      source,
      checked: fact.checked,
      page: {
        ...(page.status === undefined ? {} : { status: page.status }),
        finalUrl: page.finalUrl,
        redirects: page.redirects,
        ...(page.contentType === undefined ? {} : { contentType: page.contentType }),
        bytes: page.bytes,
        truncated: page.truncated,
        attempts: page.attempts,
        ...(page.error === undefined ? {} : { error: page.error }),
      },
      ...judge(fact, page),
    };
  });
  const totals: Record<Verdict, number> = { ok: 0, 'evidence-gone': 0, 'source-gone': 0, unverified: 0 };
  for (const result of results) totals[result.verdict] += 1;
  return {
    ran: (options.now ?? new Date()).toISOString(),
    userAgent: options.userAgent,
    pages: pages.size,
    facts: results,
    totals,
  };
}

/** True when no page answered at all: no network, or every host refusing. */
export function nothingAnswered(report: RecheckReport): boolean {
  return report.facts.length > 0 && report.facts.every((fact) => fact.page.status === undefined);
}

/**
 * The exit status: 1 when a fact's evidence is gone, when no page answered at all (a run without a
 * network must not pass), or, with `strict`, when any fact is unverified; else 0.
 */
export function exitStatus(report: RecheckReport, strict = false): number {
  const failed = report.totals['evidence-gone'] > 0 || nothingAnswered(report);
  return failed || (strict && report.totals.unverified > 0) ? 1 : 0;
}
