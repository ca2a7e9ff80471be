/**
 * The open channel data, `/data/channels.v1.json`: every platform and every fact of
 * `content/platforms/` with its status (official, unclear, known fake), kind, value, source, check
 * date and evidence, in a form other tools can rely on (its JSON Schema is
 * `src/schemas/channels-v1.ts`; the promise that keeps it stable is on the Open data page). Pure.
 */
import { defaultLocale } from '../config/locales.ts';
import type { Channel, KnownFake, Platform, PlatformFact, UnclearFact } from '../schemas/platform.ts';

/** The format version, in the file name: fields are only added within it. */
export const openDataVersion = 1;

/** The license of the data. */
export const dataLicense = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Where the open files are, under the site's base path. */
export const openDataFiles = {
  data: `data/channels.v${openDataVersion}.json`,
  schema: `data/channels.v${openDataVersion}.schema.json`,
  changes: 'data/changes.xml',
} as const;

/** A text in the default language, and in each other language it is translated into. */
export type OpenText = Readonly<Record<string, string | undefined>>;

/** An official channel. */
export interface OpenChannel {
  status: 'official';
  kind: Channel['kind'];
  /** A web address, an E.164 number, an email address, or a handle without `@` (with `network`). */
  value: string;
  network?: string;
  label?: OpenText;
  languages?: readonly string[];
  hours?: string;
  purpose?: string;
  country?: string;
  automated?: boolean;
  source: string;
  checked: string;
  evidence: string;
}

/** Something the platform says it never does (`never`), or another stated fact (`note`). */
export interface OpenStatement {
  status: 'official';
  kind: 'never' | 'note';
  text: OpenText;
  source: string;
  checked: string;
  evidence: string;
}

/** A fact sources disagree on, or only a third party gives: neither official nor fake. */
export interface OpenUnclear {
  status: 'unclear';
  kind: UnclearFact['kind'];
  /** Hosts, email addresses or E.164 numbers it concerns; empty when it is told only in words. */
  values: readonly string[];
  text: OpenText;
  /** https:// addresses or short descriptions. */
  sources: readonly string[];
  checked: string;
}

/** An impersonation seen in the wild. */
export interface OpenFake {
  status: 'known-fake';
  kind: KnownFake['kind'];
  /** A host (its subdomains and addresses on it included), an email address, an E.164 number, or a handle (with `network`). */
  value: string;
  network?: string;
  original?: string;
  note?: OpenText;
  /** An https:// address or a short description. */
  source: string;
  checked: string;
  evidence?: string;
}

/** One fact of a platform. */
export type OpenFact = OpenChannel | OpenStatement | OpenUnclear | OpenFake;

/** One platform. */
export interface OpenPlatform {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Registrable domains: each and its subdomains are the platform's, except under `userContent` paths. */
  domains: readonly string[];
  /** Paths on those domains where any user publishes: never official. */
  userContent: readonly { paths: readonly string[]; label: OpenText; source?: string; checked: string }[];
  /** The platform's section of the contact page. */
  page: string;
  facts: OpenFact[];
}

/** The whole file. */
export interface OpenData {
  $schema: string;
  version: typeof openDataVersion;
  /** When the file was built (ISO 8601). */
  generated: string;
  /** The newest check date of any fact. */
  lastChecked: string;
  license: typeof dataLicense & { attribution: string };
  documentation: string;
  changes: string;
  platforms: OpenPlatform[];
}

/** A copy of `value` without its `undefined` fields, so optional fields are absent rather than null. */
function defined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function channelFact(channel: Channel): OpenChannel {
  const phone = channel.kind === 'phone' ? channel : undefined;
  return defined<OpenChannel>({
    status: 'official',
    kind: channel.kind,
    value: channel.kind === 'social' ? channel.handle : channel.value,
    network: channel.kind === 'social' ? channel.network : undefined,
    label: channel.label,
    languages: channel.languages,
    hours: channel.hours,
    purpose: phone?.purpose,
    country: phone?.country,
    automated: phone?.automated,
    source: channel.source,
    checked: channel.checked,
    evidence: channel.evidence,
  });
}

function statementFact(kind: 'never' | 'note', fact: PlatformFact): OpenStatement {
  return {
    status: 'official',
    kind,
    text: fact.text,
    source: fact.source,
    checked: fact.checked,
    evidence: fact.evidence,
  };
}

function unclearFact(fact: UnclearFact): OpenUnclear {
  return {
    status: 'unclear',
    kind: fact.kind,
    values: fact.values ?? [],
    text: fact.text,
    sources: fact.sources,
    checked: fact.checked,
  };
}

function fakeFact(fake: KnownFake): OpenFake {
  return defined<OpenFake>({
    status: 'known-fake',
    kind: fake.kind,
    value: fake.kind === 'handle' ? fake.handle : fake.value,
    network: fake.kind === 'handle' ? fake.network : undefined,
    original: fake.kind === 'phone' ? fake.original : undefined,
    note: fake.note,
    source: fake.source,
    checked: fake.checked,
    evidence: fake.evidence,
  });
}

/** Options of {@link buildOpenData}. */
export interface OpenDataOptions {
  /** The site's address with its base path, ending in `/` (`https://example.org/help/`). */
  siteBase: string;
  /** When the file is built. */
  generated: Date;
}

/** The open data of `platforms`, in the order of their ids. */
export function buildOpenData(platforms: readonly Platform[], { siteBase, generated }: OpenDataOptions): OpenData {
  const at = (path: string) => new URL(path, siteBase).href;
  const sorted = [...platforms].sort((a, b) => a.id.localeCompare(b.id));
  const open = sorted.map((platform): OpenPlatform => ({
    id: platform.id,
    name: platform.name,
    aliases: platform.aliases ?? [],
    domains: platform.domains,
    userContent: (platform['user-content'] ?? []).map((place) =>
      defined({ paths: place.paths, label: place.label, source: place.source, checked: place.checked }),
    ),
    page: at(`${defaultLocale}/contact/#${platform.id}`),
    facts: [
      ...platform.channels.map(channelFact),
      ...platform.never.map((fact) => statementFact('never', fact)),
      ...platform.notes.map((fact) => statementFact('note', fact)),
      ...platform.unclear.map(unclearFact),
      ...platform['known-fakes'].map(fakeFact),
    ],
  }));
  const dates = open.flatMap((platform) => platform.facts.map((fact) => fact.checked));
  return {
    $schema: at(openDataFiles.schema),
    version: openDataVersion,
    generated: generated.toISOString(),
    lastChecked: dates.reduce((latest, date) => (date > latest ? date : latest), ''),
    license: { ...dataLicense, attribution: `Signpost (${at(`${defaultLocale}/open-data/`)})` },
    documentation: at(`${defaultLocale}/open-data/`),
    changes: at(openDataFiles.changes),
    platforms: open,
  };
}
