/** The verifier's lookup data, built once from validated platforms; plain JSON, so a page can embed it. */
import { parse as parseHost } from 'tldts-icann';
import type { Channel, Platform } from '../../schemas/platform.ts';
import { fold } from './skeleton.ts';
import type { SocialNetwork } from './social.ts';

/** A brand name taken from an official registrable domain (`kraken` from `kraken.com`), with its fold key. */
export interface Brand {
  name: string;
  fold: string;
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
  web: { host: string; path: string; channel: Channel }[];
  emails: { address: string; channel: Channel }[];
  phones: { e164: string; channel: Channel }[];
  handles: { network: SocialNetwork; handle: string; channel: Channel }[];
  fakes: FakeEntry[];
  /** Values the data calls unclear: hosts, addresses, E.164 numbers. */
  unclear: { kind: 'domain' | 'email' | 'phone'; value: string }[];
}

/** Everything {@link verify} needs. */
export interface VerifyData {
  platforms: VerifyPlatform[];
}

/** Builds the lookup data from validated platforms. */
export function buildVerifyData(platforms: readonly Platform[]): VerifyData {
  return { platforms: platforms.map(toVerifyPlatform) };
}

function toVerifyPlatform(platform: Platform): VerifyPlatform {
  const names = platform.domains.map((domain) => parseHost(domain).domainWithoutSuffix ?? domain);
  const result: VerifyPlatform = {
    id: platform.id,
    name: platform.name,
    domains: [...platform.domains],
    brands: [...new Set(names)].map((name) => ({ name, fold: fold(name) })),
    web: [],
    emails: [],
    phones: [],
    handles: [],
    fakes: [],
    unclear: [],
  };
  for (const channel of platform.channels) {
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

/** The platform owning this registrable domain, if any. */
export function ownerOfDomain(data: VerifyData, domain: string | null): VerifyPlatform | undefined {
  return domain ? data.platforms.find((platform) => platform.domains.includes(domain)) : undefined;
}

/** True when `host` equals `domain` or is a subdomain of it. */
export function isHostOn(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
