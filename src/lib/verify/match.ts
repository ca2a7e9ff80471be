/** Lookalike rules: how a name (domain label, subdomain, path word, handle) resembles a platform's brand. */
import { ownerOfDomain, type Brand, type VerifyData, type VerifyPlatform } from './data.ts';
import { editDistance } from './distance.ts';
import type { HostInfo } from './host.ts';
import { isMixedScript } from './scripts.ts';
import { fold } from './skeleton.ts';

/** Words scammers glue to a brand (`krakensupport`, `okx-login`); a short brand only counts beside one. */
export const lureWords = [
  'support',
  'help',
  'helpdesk',
  'desk',
  'care',
  'service',
  'services',
  'customer',
  'contact',
  'team',
  'login',
  'signin',
  'secure',
  'security',
  'verify',
  'verification',
  'auth',
  'account',
  'accounts',
  'wallet',
  'official',
  'app',
  'web',
  'online',
  'global',
  'pro',
  'exchange',
  'live',
  'chat',
  'bonus',
  'airdrop',
  'claim',
  'reward',
  'rewards',
  'kyc',
  'recovery',
  'refund',
  'unlock',
  'update',
  'mail',
] as const;

/** Everyday names one typo away from a brand (`finance`/binance); never called typos. */
export const unrelatedNames: ReadonlySet<string> = new Set(['finance', 'finances', 'remini', 'bitset']);

/**
 * Registrable domains whose subdomains and pages only their owner creates. A brand there
 * (`gemini.google.com`, `github.com/kraken`) is not an imitation by itself: the verdict is
 * "unknown", with a reason saying whose site it is. Hosts where anyone can make a subdomain
 * (`pages.dev`, `github.io`) are deliberately not listed.
 */
export const unrelatedSites: ReadonlySet<string> = new Set([
  'google.com',
  'youtube.com',
  'apple.com',
  'microsoft.com',
  'amazon.com',
  'wikipedia.org',
  'github.com',
  'mozilla.org',
  'yahoo.com',
  'bing.com',
  'x.com',
  'twitter.com',
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'reddit.com',
  't.me',
  'telegram.org',
  'tiktok.com',
  'discord.com',
]);

/** Shortest brand (and name) for which one edit counts as a typo: `okx` has none, or `ok.ru` would match. */
const minTypoLength = 4;
/** Shortest brand found inside a longer name without a separator or lure word. */
const minContainedLength = 5;

/** A name prepared once for comparison with every brand. */
export interface Name {
  /** Lower case, as written. */
  text: string;
  /** {@link fold} key. */
  fold: string;
  /** Fold key without separators (`kra-ken` → `kraken`). */
  bare: string;
  /** Fold key split at separators (`-`, `.`, `_`, `/`…). */
  tokens: string[];
}

/** Prepares a name for {@link resemble}. */
export function prepareName(text: string): Name {
  const lower = text.toLowerCase();
  const key = fold(lower);
  return {
    text: lower,
    fold: key,
    bare: key.replace(/[^\p{L}\p{N}]+/gu, ''),
    tokens: key.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  };
}

/** How a name resembles a brand, strongest first. */
export type Resemblance = 'exact' | 'homoglyph' | 'typo' | 'contains';

/** Which comparisons apply: typos only for names people type (domains, handles), not free text. */
export interface ResembleOptions {
  typos: boolean;
  /** Count one edit as a typo even for short brands: for names that mix scripts, which real names do not. */
  anyLength?: boolean;
}

/** Letters repeated in a row collapsed (`krakken` → `kraken`). */
function collapse(text: string): string {
  return text.replace(/(.)\1+/gu, '$1');
}

/** One typo away (insertion, omission, replacement, transposition), for names long enough to tell. */
function isTypo(name: Name, brand: Brand, anyLength = false): boolean {
  const short = brand.name.length < minTypoLength || Array.from(name.text).length < minTypoLength;
  if (short && !anyLength) return false;
  if (unrelatedNames.has(name.text)) return false;
  return editDistance(name.text, brand.name, 1) <= 1 || editDistance(name.fold, brand.fold, 1) <= 1;
}

/** How `name` resembles `brand`, or `null` when it does not. */
export function resemble(name: Name, brand: Brand, options: ResembleOptions): Resemblance | null {
  if (name.text === brand.name) return 'exact';
  if (name.fold === brand.fold) return 'homoglyph';
  // Hyphenation (`kra-ken`) and repetition (`krakken`, `okkx`) keep every letter: safe even for short brands.
  if (name.bare === brand.fold || (name.bare.length > 0 && collapse(name.bare) === collapse(brand.fold))) return 'typo';
  if (options.typos && isTypo(name, brand, options.anyLength)) return 'typo';
  if (brand.fold.length >= minContainedLength && name.bare.includes(brand.fold)) return 'contains';
  if (name.tokens.length > 1) {
    for (const token of name.tokens) {
      if (token === brand.fold) return 'contains';
      if (options.typos && isTypo(prepareName(token), brand)) return 'contains';
    }
  }
  if (lureWords.some((word) => name.bare === brand.fold + word || name.bare === word + brand.fold)) return 'contains';
  return null;
}

/** Lookalike reason codes a host can earn, strongest first. */
export const hostCodes = [
  'punycode',
  'homoglyph',
  'tld-swap',
  'typo',
  'brand-in-domain',
  'brand-in-subdomain',
  'brand-split',
] as const;

/** A lookalike host code. */
export type HostCode = (typeof hostCodes)[number];

/** A brand a host, name or text resembles. */
export interface BrandMatch<Code extends string = string> {
  platform: VerifyPlatform;
  brand: Brand;
  code: Code;
}

/** The strongest match of `candidates` by the order of `codes`; the first platform wins a tie. */
function strongest<Code extends string>(
  candidates: readonly BrandMatch<Code>[],
  codes: readonly Code[],
): BrandMatch<Code> | null {
  let best: BrandMatch<Code> | null = null;
  for (const candidate of candidates) {
    if (!best || codes.indexOf(candidate.code) < codes.indexOf(best.code)) best = candidate;
  }
  return best;
}

/**
 * How a host that is not official (`null` for official ones) imitates a platform: its registrable name against each brand
 * (homoglyph, same name with another suffix, typo, brand inside), then its subdomain labels
 * (brand as a subdomain of someone else's domain), then all labels joined (`kr.aken.com`).
 * A name mixing scripts (`oκx`) also matches one edit away, whatever the brand's length.
 * Subdomains of {@link unrelatedSites} are left out: see {@link brandOnUnrelatedSite}.
 * `fromPunycode` marks input written as `xn--…`, reported as `punycode` rather than `homoglyph`.
 */
export function matchHost(host: HostInfo, data: VerifyData, fromPunycode = false): BrandMatch<HostCode> | null {
  if (ownerOfDomain(data, host.domain)) return null;
  const candidates: BrandMatch<HostCode>[] = [];
  const label = prepareName(host.label);
  const mixed = isMixedScript(host.label);
  const subdomains = host.domain && unrelatedSites.has(host.domain) ? [] : host.subdomains.map(prepareName);
  const joined = subdomains.length ? prepareName([...host.subdomains, host.label].join('')) : null;
  for (const platform of data.platforms) {
    for (const brand of platform.brands) {
      const add = (code: HostCode) => candidates.push({ platform, brand, code });
      const resemblance = resemble(label, brand, { typos: true, anyLength: mixed });
      if (resemblance === 'exact') add(host.domain ? 'tld-swap' : 'brand-in-domain');
      else if (resemblance === 'homoglyph' || (resemblance === 'typo' && mixed)) {
        add(fromPunycode ? 'punycode' : 'homoglyph');
      } else if (resemblance === 'typo') add('typo');
      else if (resemblance === 'contains') add('brand-in-domain');
      if (subdomains.some((name) => resemble(name, brand, { typos: true }))) add('brand-in-subdomain');
      if (joined && (joined.fold === brand.fold || joined.bare === brand.fold)) add('brand-split');
    }
  }
  return strongest(candidates, hostCodes);
}

/** A brand in free text (a URL's user name or path, an email's local part or display name): no typo matching. */
export function matchText(text: string, data: VerifyData): BrandMatch<'text'> | null {
  const name = prepareName(text);
  for (const platform of data.platforms) {
    for (const brand of platform.brands) {
      if (resemble(name, brand, { typos: false })) return { platform, brand, code: 'text' };
    }
  }
  return null;
}

/** A brand in the subdomains (or given path) of an {@link unrelatedSites} domain such as `gemini.google.com`. */
export function brandOnUnrelatedSite(host: HostInfo, data: VerifyData, path = ''): BrandMatch<'unrelated'> | null {
  if (!host.domain || !unrelatedSites.has(host.domain)) return null;
  const match = matchText([...host.subdomains, path].join('/'), data);
  return match ? { ...match, code: 'unrelated' } : null;
}
