/** The verifier's lookup data, built once from validated platforms and the checker's content; plain JSON, so a page can fetch it. */
import { parse as parseHost } from 'tldts-icann';
import type { CheckerContent } from '../../schemas/checker.ts';
import type { Channel, ChannelFacts, Platform } from '../../schemas/platform.ts';
import { fold, foldKeys } from './skeleton.ts';
import type { SocialNetwork } from './social.ts';

/**
 * A name a platform goes by, with its comparison keys: the name of an official domain (`kraken` from
 * `kraken.com`), the platform's name, an alias. A domain whose name is a generic word (`crypto.com`)
 * gives two: the word with its ending (`cryptocom`, `generic: 'compound'`), compared everywhere, and the
 * word (`crypto`, `generic: 'word'`), compared only as the name of a domain with an official ending
 * (`crypt0.com`; `crypto.net` and `crypto.evil.example` do not name the platform).
 */
export interface Brand {
  /** Lower case, separators removed. */
  name: string;
  /** {@link foldKeys} of the name in lower and upper case. */
  keys: string[];
  /** `domain`: from an official domain, whose endings are `suffixes`; `name`: the platform's name; `alias`. */
  source: 'domain' | 'name' | 'alias';
  /** Public suffixes of the official domains with this name (`com` for kraken.com). */
  suffixes: string[];
  /** Set for the names of a domain whose name is a generic word (see above). */
  generic?: 'word' | 'compound';
}

/** A known fake, normalised for lookup (`value` is a host, address, E.164 number or lower-case handle). */
export interface FakeEntry {
  kind: 'domain' | 'email' | 'phone' | 'handle';
  value: string;
  network: SocialNetwork | null;
  /** What the fake is, per locale id (the default locale's always, others as translated). */
  note: Readonly<Partial<Record<string, string>>> | null;
  source: string;
}

/** One platform, ready for lookups. */
export interface VerifyPlatform {
  id: string;
  name: string;
  /** Registrable domains; each subdomain is official too. */
  domains: string[];
  brands: Brand[];
  /** Web and app channels by host and path (`support.kraken.com`, `/`). */
  web: { host: string; path: string; channel: ChannelFacts }[];
  emails: { address: string; channel: ChannelFacts }[];
  phones: { e164: string; channel: ChannelFacts }[];
  handles: { network: SocialNetwork; handle: string; channel: ChannelFacts }[];
  /** Path prefixes on the platform's domains where any user publishes, as segment lists (`*` = any one). */
  userContent: { segments: string[]; label: Readonly<Record<string, string>> }[];
  fakes: FakeEntry[];
  /** Values the data calls unclear: hosts, addresses, E.164 numbers. */
  unclear: { kind: 'domain' | 'email' | 'phone'; value: string }[];
}

/** A redirect wrapper: on these hosts and paths, the query parameter holds the destination. */
export interface RedirectRule {
  hosts: string[];
  paths: string[];
  params: string[];
}

/** Everything {@link verify} needs. */
export interface VerifyData {
  platforms: VerifyPlatform[];
  /** Words of every language, in lower case and folded (lure words both ways: names are compared both ways). */
  words: { lure: string[]; everyday: string[]; generic: string[] };
  hosts: {
    redirects: RedirectRule[];
    shorteners: string[];
    userContentSubdomains: string[];
    userContentPaths: { host: string; paths: string[] }[];
    ownerOnly: string[];
    namesakes: string[];
  };
}

/** Checker content with nothing in it, for data sets that only need platforms. */
export const emptyCheckerContent: CheckerContent = {
  words: { lure: [], everyday: [], generic: [] },
  hosts: {
    redirects: [],
    shorteners: [],
    'user-content': { subdomains: [], paths: [] },
    'owner-only': [],
    namesakes: [],
  },
};

/** Builds the lookup data from validated platforms and the checker's content. */
export function buildVerifyData(
  platforms: readonly Platform[],
  content: CheckerContent = emptyCheckerContent,
): VerifyData {
  const generic = new Set(content.words.generic.map(fold));
  const hosts = content.hosts;
  return {
    platforms: platforms.map((platform) => toVerifyPlatform(platform, generic)),
    words: {
      lure: [...new Set(content.words.lure.flatMap((word) => [word.toLowerCase(), fold(word)]))],
      everyday: [...new Set(content.words.everyday.map(fold))],
      generic: [...generic],
    },
    hosts: {
      redirects: hosts.redirects.map((rule) => ({ ...rule })),
      shorteners: [...hosts.shorteners],
      userContentSubdomains: [...hosts['user-content'].subdomains],
      userContentPaths: hosts['user-content'].paths.map((entry) => ({ host: entry.host, paths: entry.paths ?? ['/'] })),
      ownerOnly: [...hosts['owner-only']],
      namesakes: [...hosts.namesakes],
    },
  };
}

/** A name in lower case with separators removed (`Crypto.com` → `cryptocom`). */
function bareName(text: string): string {
  return text.toLowerCase().replace(/[\s.\-_'’·]+/gu, '');
}

/** A brand's keys: the name folded as written and in upper case, so `BlNANCE` matches `binance`. */
function brand(name: string, source: Brand['source'], suffixes: string[] = [], generic?: Brand['generic']): Brand {
  const keys = [...new Set([...foldKeys(name), ...foldKeys(name.toUpperCase())])];
  return { name, keys, source, suffixes, ...(generic ? { generic } : {}) };
}

/** The brands of a platform: its domains' names, its name and its aliases, each once. */
function brandsOf(platform: Platform, generic: ReadonlySet<string>): Brand[] {
  const byName = new Map<string, Brand>();
  for (const domain of platform.domains) {
    const parsed = parseHost(domain, { allowPrivateDomains: false });
    const label = parsed.domainWithoutSuffix ?? domain;
    const suffix = parsed.publicSuffix ?? '';
    // A generic word (crypto.com) is the platform's name with its ending; alone, only on that ending.
    const word = generic.has(fold(label));
    const name = word ? bareName(domain) : label;
    if (word) byName.set(name, brand(name, 'domain', [], 'compound'));
    const key = word ? ` ${label}` : label; // the word alone, apart from a platform name spelt the same
    const known = byName.get(key);
    if (known) known.suffixes.push(suffix);
    else byName.set(key, brand(label, 'domain', [suffix], word ? 'word' : undefined));
  }
  const add = (text: string, source: Brand['source']) => {
    const name = bareName(text);
    if (name.length >= 2 && !byName.has(name) && !generic.has(fold(name))) byName.set(name, brand(name, source));
  };
  add(platform.name, 'name');
  for (const alias of platform.aliases ?? []) add(alias, 'alias');
  return [...byName.values()];
}

/** Splits a user-content path (`/square/`) into segments; `*` stays a segment of its own. */
function pathSegments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function toVerifyPlatform(platform: Platform, generic: ReadonlySet<string>): VerifyPlatform {
  const result: VerifyPlatform = {
    id: platform.id,
    name: platform.name,
    domains: [...platform.domains],
    brands: brandsOf(platform, generic),
    web: [],
    emails: [],
    phones: [],
    handles: [],
    userContent: (platform['user-content'] ?? []).flatMap((entry) =>
      entry.paths.map((path) => ({
        segments: pathSegments(path),
        label: Object.fromEntries(
          Object.entries(entry.label).flatMap(([locale, text]) => (text ? [[locale, text]] : [])),
        ),
      })),
    ),
    fakes: [],
    unclear: [],
  };
  // Channels without their evidence quotes: the checker shows the source and date, and the page loads less.
  for (const channel of platform.channels.map(withoutEvidence)) {
    if (channel.kind === 'email') result.emails.push({ address: channel.value, channel });
    else if (channel.kind === 'phone') result.phones.push({ e164: channel.value, channel });
    else if (channel.kind === 'social') {
      result.handles.push({ network: channel.network, handle: channel.handle.toLowerCase(), channel });
    } else {
      const url = new URL(channel.value);
      result.web.push({ host: url.hostname, path: url.pathname, channel });
    }
  }
  for (const fake of platform['known-fakes']) {
    const common = { note: fake.note ?? null, source: fake.source };
    if (fake.kind === 'handle') {
      result.fakes.push({ kind: 'handle', value: fake.handle.toLowerCase(), network: fake.network, ...common });
    } else {
      result.fakes.push({ kind: fake.kind, value: fake.value, network: null, ...common });
    }
  }
  for (const entry of platform.unclear) {
    const kind = entry.kind === 'phone' ? 'phone' : entry.kind === 'email' ? 'email' : 'domain';
    for (const value of entry.values ?? []) result.unclear.push({ kind, value: value.toLowerCase() });
  }
  return result;
}

/** A channel without its `evidence` quote. */
function withoutEvidence(channel: Channel): ChannelFacts {
  const facts: Partial<Channel> = { ...channel };
  delete facts.evidence;
  return facts as ChannelFacts;
}

/** The platform owning this registrable domain, if any. */
export function ownerOfDomain(data: VerifyData, domain: string | null): VerifyPlatform | undefined {
  return domain ? data.platforms.find((platform) => platform.domains.includes(domain)) : undefined;
}

/** True when `host` equals `domain` or is a subdomain of it. */
export function isHostOn(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
