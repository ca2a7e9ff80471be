/**
 * A platform's data as a flat list of facts, each with where it is written (`channels.3`), its
 * status (official, unclear, known fake), its kind, its values, its sources and its evidence; and
 * the key that names a valued fact across versions of the data (`official phone +18889087930`).
 * Pure: the re-check tool, the change log and the open data read the same list.
 */
import type { Platform } from '../schemas/platform.ts';
import type { SocialNetwork } from './verify/social.ts';

/** The lists of a platform file that hold facts. */
export const factSections = ['channels', 'never', 'notes', 'unclear', 'known-fakes'] as const;
/** One of {@link factSections}. */
export type FactSection = (typeof factSections)[number];

/** What a fact says about its values: the platform's own, not confirmed, or an impersonation. */
export const factStatuses = ['official', 'unclear', 'known-fake'] as const;
/** One of {@link factStatuses}. */
export type FactStatus = (typeof factStatuses)[number];

/** One fact of a platform file. */
export interface Fact {
  platform: string;
  section: FactSection;
  /** Position in its list: the fact is written at `<section>.<index>`. */
  index: number;
  status: FactStatus;
  /**
   * The channel kind (`phone`, `help-center`…), the kind of an unclear fact or of a fake (`domain`,
   * `handle`…), `never` and `note` for stated facts.
   */
  kind: string;
  /**
   * What a reader compares: a web address, an E.164 number, an email address, a host, a handle
   * (social channels and fake accounts, with {@link Fact.network}). Empty for `never` and `note`
   * facts and unclear facts without values.
   */
  values: readonly string[];
  network?: SocialNetwork;
  /** Where it comes from: https:// addresses, or short descriptions for unclear facts and fakes. */
  sources: readonly string[];
  /** The verbatim quote from the source, where the fact has one. */
  evidence?: string;
  checked: string;
}

/** Every fact of a platform, in file order: channels, never, notes, unclear, known fakes. */
export function platformFacts(platform: Platform): Fact[] {
  const base = { platform: platform.id };
  return [
    ...platform.channels.map((channel, index): Fact => {
      const social = channel.kind === 'social';
      return {
        ...base,
        section: 'channels',
        index,
        status: 'official',
        kind: channel.kind,
        values: [social ? channel.handle : channel.value],
        ...(social ? { network: channel.network } : {}),
        sources: [channel.source],
        evidence: channel.evidence,
        checked: channel.checked,
      };
    }),
    ...(['never', 'notes'] as const).flatMap((section) =>
      platform[section].map((fact, index): Fact => ({
        ...base,
        section,
        index,
        status: 'official',
        kind: section === 'never' ? 'never' : 'note',
        values: [],
        sources: [fact.source],
        evidence: fact.evidence,
        checked: fact.checked,
      })),
    ),
    ...platform.unclear.map((fact, index): Fact => ({
      ...base,
      section: 'unclear',
      index,
      status: 'unclear',
      kind: fact.kind,
      values: fact.values ?? [],
      sources: fact.sources,
      checked: fact.checked,
    })),
    ...platform['known-fakes'].map((fake, index): Fact => {
      const handle = fake.kind === 'handle';
      return {
        ...base,
        section: 'known-fakes',
        index,
        status: 'known-fake',
        kind: fake.kind,
        values: [handle ? fake.handle : fake.value],
        ...(handle ? { network: fake.network } : {}),
        sources: [fake.source],
        ...(fake.evidence === undefined ? {} : { evidence: fake.evidence }),
        checked: fake.checked,
      };
    }),
  ];
}

/** A value as a change-log key writes it: a handle as `network:@handle`, anything else as it is. */
export function keyValue(value: string, network?: SocialNetwork): string {
  return network === undefined ? value : `${network}:@${value}`;
}

/**
 * The keys of a fact's values, `<status> <kind> <value>` (`official phone +18889087930`,
 * `official social x:@krakenfx`, `unclear website bitget.site`): what the change log adds and
 * removes. Facts without values (never, notes, unclear facts told only in words) have none.
 */
export function factKeys(fact: Fact): string[] {
  return fact.values.map((value) => `${fact.status} ${fact.kind} ${keyValue(value, fact.network)}`);
}

/** The https:// sources of a fact (descriptions such as "stored copies of the site" left out). */
export function sourceUrls(fact: Fact): string[] {
  return fact.sources.filter((source) => /^https:\/\//i.test(source) && URL.canParse(source));
}
