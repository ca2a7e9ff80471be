/** A platform's channel data (`content/platforms/<id>.yaml`): official channels with sources, and what is not official. */
import { z } from 'astro/zod';
import { parse as parseHost } from 'tldts-icann';
import { isE164 } from '../lib/verify/phone.ts';
import { socialNetworks } from '../lib/verify/social.ts';
import { quoteHasEmail, quoteHasHandle, quoteHasHost, quoteHasPhone } from '../lib/evidence.ts';
import {
  checked,
  emailPattern,
  errors,
  evidence,
  hostPattern,
  httpsUrl,
  isCountryCode,
  isOnDomains,
  latestToday,
  localizedText,
  source,
  sourceOrNote,
  unknownKeys as unknownKeysIn,
} from './fields.ts';

export { isOnDomains, latestToday };

/** Message for keys a strict object does not know. */
const unknownKeys = unknownKeysIn('content/platforms/README.md');

/** Channel kinds whose `value` is an https:// address on one of the platform's `domains`. */
export const webChannelKinds = [
  'website',
  'help-center',
  'live-chat',
  'ticket',
  'complaint',
  'status-page',
  'verify-tool',
] as const;

/** Every channel kind. */
export const channelKinds = [...webChannelKinds, 'email', 'phone', 'social', 'app'] as const;

/** A channel kind. */
export type ChannelKind = (typeof channelKinds)[number];

/** Kinds of known fake: a web or email domain, an email address, a phone number, a social account. */
export const fakeKinds = ['domain', 'email', 'phone', 'handle'] as const;

/** Hosts an `app` channel may point at. */
export const appStoreHosts = ['apps.apple.com', 'play.google.com'] as const;

/** True for a well-formed BCP-47 tag written in its canonical case (`en-US`, `es-419`). */
function isCanonicalTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).at(0) === tag;
  } catch {
    return false;
  }
}

/** Fields every channel carries besides its kind and value. */
const channelCommon = {
  label: localizedText('label', 140)
    .optional()
    .describe('A short note shown with the channel, e.g. what it is for; English, then other languages as translated.'),
  languages: z
    .array(
      z
        .string({ error: 'write each entry of `languages:` as a language tag such as en or es-419' })
        .refine(
          isCanonicalTag,
          'write each entry of `languages:` as a BCP-47 tag in canonical case, e.g. en, en-US, es-419, zh-Hans',
        ),
      { error: 'write `languages:` as a list, e.g. [en, es-419]' },
    )
    .min(1, 'remove the empty `languages:` list or name the languages the source gives')
    .optional()
    .describe('Languages the channel serves, only where the source says so.'),
  hours: z
    .string({ error: 'write `hours:` as text, e.g. 24/7 (quote it if YAML complains)' })
    .trim()
    .min(1, 'remove the empty `hours:` or copy the hours the source gives')
    .max(80, 'shorten `hours:` to 80 characters')
    .optional()
    .describe('Opening hours, only where the source says so.'),
  source,
  checked,
  evidence,
};

/** A web address on the platform's domains: its site, help center, chat, tickets, complaints, status or verify tool. */
const webChannel = z.strictObject(
  {
    kind: z.enum(webChannelKinds),
    value: z
      .string(errors('add `value:` with the channel’s https:// address'))
      .refine(
        (value) => httpsUrl(value) !== undefined,
        'write `value:` as a full https:// address (http:// is not accepted), e.g. https://support.kraken.com/',
      )
      .refine((value) => {
        const url = httpsUrl(value);
        return !url || (!url.search && !url.hash && !url.port && !value.includes('?') && !value.includes('#'));
      }, 'write `value:` as a whole host (https://support.kraken.com/) or a path prefix (https://www.kraken.com/sign-in), without ?query, #fragment or port')
      .describe(
        'The https:// address: a whole host (`https://support.kraken.com/`) or a path prefix (`https://www.kraken.com/sign-in`); its host must be one of `domains` or a subdomain of one.',
      ),
    ...channelCommon,
  },
  { error: unknownKeys },
);

/** An email address on the platform's domains. */
const emailChannel = z.strictObject(
  {
    kind: z.literal('email'),
    value: z
      .string(errors('add `value:` with the email address'))
      .regex(emailPattern, 'write `value:` as one email address in lower case, e.g. security@gemini.com')
      .describe('The address; its domain must be one of `domains` or a subdomain of one.'),
    ...channelCommon,
  },
  { error: unknownKeys },
);

/** What a phone line is for. */
export const phonePurposes = ['lock', 'general', 'complaints'] as const;

/** A phone number in E.164, with what it is for, the country it serves and whether a machine answers, where the source says so. */
const phoneChannel = z.strictObject(
  {
    kind: z.literal('phone'),
    purpose: z
      .enum(phonePurposes, {
        error: `set \`purpose:\` to one of: ${phonePurposes.join(', ')} (lock: to lock or freeze your account)`,
      })
      .optional()
      .describe('What the line is for, only where the source says so: lock (your account), general, complaints.'),
    country: z
      .string({ error: 'write `country:` as a two-letter country code, e.g. GB' })
      .refine(
        isCountryCode,
        'write `country:` as an ISO 3166-1 alpha-2 code in capitals, e.g. US, GB, IE, DE (the country the line serves)',
      )
      .optional()
      .describe('The country the line serves (ISO 3166-1 alpha-2), only where the source says so.'),
    automated: z
      .boolean({ error: 'write `automated:` as true or false' })
      .optional()
      .describe(
        'True when a machine answers and you cannot reach a person, false when the source says a person answers.',
      ),
    value: z
      .string(
        errors(
          'add `value:` with the number in E.164, in quotes, e.g. "+18005550100"',
          'write `value:` in quotes, e.g. "+18005550100"; YAML reads an unquoted +number as a number',
        ),
      )
      .refine(isE164, 'write `value:` in E.164: "+", the country code and the number, 8–15 digits, no spaces')
      .describe('The number in E.164, quoted.'),
    ...channelCommon,
  },
  { error: unknownKeys },
);

/** A social account name: letters, digits, `_`, `.`, `-`, and `/` for `r/name`-style names, without `@`. */
const handle = z
  .string(errors('add `handle:` with the account name, without @'))
  .regex(/^[A-Za-z0-9_.\-/]{1,100}$/, 'write `handle:` as the account name without @ or a link, e.g. binance');

/** A social network, in the list the verifier reads profile links for. */
const network = z.enum(socialNetworks, {
  error: `set \`network:\` to one of: ${socialNetworks.join(', ')}`,
});

/** A social account. */
const socialChannel = z.strictObject(
  {
    kind: z.literal('social'),
    network: network.describe('The network the account is on.'),
    handle: handle.describe('The account name as the network shows it, without @.'),
    ...channelCommon,
  },
  { error: unknownKeys },
);

/** An app store page. */
const appChannel = z.strictObject(
  {
    kind: z.literal('app'),
    value: z
      .string(errors('add `value:` with the app store address'))
      .refine(
        (value) => appStoreHosts.some((host) => httpsUrl(value)?.hostname === host),
        `write \`value:\` as an https:// app store page on ${appStoreHosts.join(' or ')}`,
      )
      .describe('The app store page.'),
    ...channelCommon,
  },
  { error: unknownKeys },
);

/** One official channel. */
export const channelSchema = z.discriminatedUnion(
  'kind',
  [webChannel, emailChannel, phoneChannel, socialChannel, appChannel],
  {
    error: `set \`kind:\` to one of: ${channelKinds.join(', ')}`,
  },
);

/** A stated fact with its source: something the platform says it never does, or another note. */
const factSchema = z.strictObject(
  {
    text: localizedText('text', 400).describe(
      'The fact in one or two plain sentences; English, then other languages as translated.',
    ),
    source,
    checked,
    evidence,
  },
  { error: unknownKeys },
);

/** A fact the sources disagree on, or that only a third party gives: shown as unclear, never as official. */
const unclearSchema = z.strictObject(
  {
    kind: z.enum(channelKinds, { error: `set \`kind:\` to one of: ${channelKinds.join(', ')}` }),
    text: localizedText('text', 400).describe(
      'What is unclear and what to do instead; English, then other languages as translated.',
    ),
    values: z
      .array(z.string({ error: 'write each entry of `values:` as text (quote phone numbers)' }), {
        error: 'write `values:` as a list',
      })
      .optional()
      .describe('The unconfirmed hosts, addresses or E.164 numbers, so the verifier can say "unclear".'),
    sources: z
      .array(sourceOrNote, { error: 'write `sources:` as a list of https:// addresses or short descriptions' })
      .min(1, 'list at least one entry in `sources:`'),
    checked,
  },
  { error: unknownKeys },
);

/** Fields every known fake carries. */
const fakeCommon = {
  note: localizedText('note', 200)
    .optional()
    .describe('What the fake is; English, then other languages as translated.'),
  source: sourceOrNote.describe('Where the fake was seen: an https:// address or a short description.'),
  checked,
  evidence: evidence
    .optional()
    .describe(
      'Optional: where the source is the platform’s own warning, its words naming the fake (contains the value).',
    ),
};

/** An impersonation seen in the wild. */
export const knownFakeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject(
      {
        kind: z.literal('domain'),
        value: z
          .string(errors('add `value:` with the fake domain, e.g. krakencrypto.co.com'))
          .regex(hostPattern, 'write `value:` as a host name in lower case, without https:// or a path'),
        ...fakeCommon,
      },
      { error: unknownKeys },
    ),
    z.strictObject(
      {
        kind: z.literal('email'),
        value: z
          .string(errors('add `value:` with the fake address'))
          .regex(emailPattern, 'write `value:` as one email address in lower case'),
        ...fakeCommon,
      },
      { error: unknownKeys },
    ),
    z.strictObject(
      {
        kind: z.literal('phone'),
        value: z
          .string(errors('add `value:` with the number in E.164, in quotes'))
          .refine(isE164, 'write `value:` in E.164 in quotes, e.g. "+18557370477"; keep the original in `original:`'),
        original: z
          .string({ error: 'write `original:` as text, in quotes' })
          .optional()
          .describe('The number as the fake spreads it, e.g. 855-737-0477.'),
        ...fakeCommon,
      },
      { error: unknownKeys },
    ),
    z.strictObject({ kind: z.literal('handle'), network, handle, ...fakeCommon }, { error: unknownKeys }),
  ],
  { error: `set \`kind:\` to one of: ${fakeKinds.join(', ')}` },
);

/**
 * A path prefix on the platform's own domains: starts and ends with `/`; a segment written `*`
 * matches exactly one path segment, such as a locale.
 */
const userContentPath = z
  .string({ error: "write each entry of `paths:` as a path prefix in quotes, e.g. '/square/'" })
  .regex(
    /^\/(?:(?:\*|[A-Za-z0-9._~%!$&'()+,;=:@-]+)\/)+$/,
    "write each entry of `paths:` as a path prefix that starts and ends with /, e.g. '/square/' or '/*/square/' (`*` stands for one whole segment)",
  );

/** Paths on the platform's own domains where any user publishes: never official, whatever the domain. */
const userContentSchema = z.strictObject(
  {
    paths: z
      .array(userContentPath, { error: "write `paths:` as a list, e.g. ['/square/', '/*/square/']" })
      .min(1, "list at least one path in `paths:`, e.g. ['/square/']")
      .describe('Path prefixes where anyone publishes; `*` matches exactly one path segment (e.g. a locale).'),
    label: localizedText('label', 140).describe(
      'What the place is, in every language, e.g. Binance Square (posts by any user).',
    ),
    source: source.optional().describe('The platform’s own page describing the place, if there is one.'),
    checked,
  },
  { error: unknownKeys },
);

/** True when the URL path `path` starts with the user-content prefix `prefix` (`*` = one segment). */
export function pathHasPrefix(path: string, prefix: string): boolean {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) return false;
  const want = prefix.split('/').slice(1, -1);
  const have = path.split('/').slice(1);
  return have.length > want.length && want.every((segment, index) => segment === '*' || segment === have[index]);
}

/** The problem with a channel's evidence quote, or `undefined` when the quote contains the channel's value. */
function evidenceProblem(channel: Channel): string | undefined {
  const quote = channel.evidence;
  switch (channel.kind) {
    case 'phone':
      return quoteHasPhone(quote, channel.value)
        ? undefined
        : `\`evidence:\` does not contain the number ${channel.value}; quote the words of the source page that give it (any spacing, +country code or a national 0 prefix)`;
    case 'email':
      return quoteHasEmail(quote, channel.value)
        ? undefined
        : `\`evidence:\` does not contain ${channel.value}; quote the words of the source page that give the address`;
    case 'social':
      return quoteHasHandle(quote, channel.handle)
        ? undefined
        : `\`evidence:\` does not contain the handle ${channel.handle}; quote the words of the source page that name the account`;
    default: {
      const host = new URL(channel.value).hostname;
      // The source page may itself be on the channel's host: its address then proves the host, and the quote says what the page is.
      if (quoteHasHost(quote, host) || httpsUrl(channel.source)?.hostname === host) return undefined;
      return `\`evidence:\` does not contain ${host}, and the source page is not on ${host}; quote the words of the source page that give the address, or cite a page on ${host}`;
    }
  }
}

/** The problem with a known fake's optional evidence quote, or `undefined`. */
function fakeEvidenceProblem(fake: KnownFake): string | undefined {
  if (fake.evidence === undefined) return undefined;
  const quote = fake.evidence;
  const found =
    fake.kind === 'phone'
      ? quoteHasPhone(quote, fake.value)
      : fake.kind === 'email'
        ? quoteHasEmail(quote, fake.value)
        : fake.kind === 'handle'
          ? quoteHasHandle(quote, fake.handle)
          : quoteHasHost(quote, fake.value);
  const value = fake.kind === 'handle' ? fake.handle : fake.value;
  return found
    ? undefined
    : `\`evidence:\` does not contain ${value}; quote the words that name it, or leave \`evidence:\` out`;
}

/** The whole platform file. */
export const platformSchema = z
  .strictObject(
    {
      id: z
        .string(errors('add `id:`, the platform id, equal to the file name (kraken for kraken.yaml)'))
        .regex(/^[a-z0-9-]+$/, 'write `id:` in lower case letters, digits and hyphens, equal to the file name')
        .describe('The platform id, equal to the file name; articles refer to it in `platforms:`.'),
      name: z
        .string(errors('add `name:`, the platform name as it writes it, e.g. Kraken'))
        .trim()
        .min(1, 'write the platform name in `name:`')
        .describe('The platform name as the platform writes it.'),
      aliases: z
        .array(
          z
            .string({ error: 'write each entry of `aliases:` as a name, e.g. OKEx' })
            .trim()
            .min(1, 'remove the empty entry of `aliases:`')
            .max(40, 'shorten each entry of `aliases:` to 40 characters: a name, not a sentence'),
          { error: 'write `aliases:` as a list of names, e.g. [OKEx, 欧易]' },
        )
        .optional()
        .describe(
          'Other names people and scammers use: former names, native-script names, romanisations, short forms.',
        ),
      'user-content': z
        .array(userContentSchema, { error: 'write `user-content:` as a list of entries with paths, label and checked' })
        .optional()
        .describe('Paths on the platform’s own domains where any user publishes: never official.'),
      domains: z
        .array(
          z
            .string({ error: 'write each entry of `domains:` as a domain such as kraken.com' })
            .regex(hostPattern, 'write each entry of `domains:` as a domain in lower case, e.g. kraken.com')
            .refine(
              (value) => parseHost(value, { allowPrivateDomains: false }).domain === value,
              'list registrable domains in `domains:` (kraken.com, not support.kraken.com); their subdomains count as official',
            ),
          errors('add `domains:`, the list of the platform’s own registrable domains, e.g. [kraken.com]'),
        )
        .min(1, 'list at least one domain in `domains:`')
        .describe('The platform’s registrable domains; each subdomain of one is official too.'),
      channels: z
        .array(channelSchema, errors('add `channels:`, the list of official channels'))
        .min(1, 'list at least one official channel in `channels:`')
        .describe('Official channels, each stated by the platform itself, with source and date.'),
      never: z
        .array(factSchema, { error: 'write `never:` as a list of entries with text, source and checked' })
        .default([])
        .describe('What the platform says it will never do (call you, use WhatsApp…).'),
      notes: z
        .array(factSchema, { error: 'write `notes:` as a list of entries with text, source and checked' })
        .default([])
        .describe('Other stated facts that are not a channel (response times, how to verify…).'),
      unclear: z
        .array(unclearSchema, { error: 'write `unclear:` as a list of entries' })
        .default([])
        .describe('Facts sources disagree on, or only third parties give: never official.'),
      'known-fakes': z
        .array(knownFakeSchema, { error: 'write `known-fakes:` as a list of entries' })
        .default([])
        .describe('Impersonations seen in the wild: domains, addresses, numbers, accounts.'),
    },
    { error: unknownKeys },
  )
  .superRefine((platform, context) => {
    const problem = (path: (string | number)[], message: string) => {
      context.addIssue({ code: 'custom', path, message });
    };
    const domains = platform.domains;
    const onDomains = `one of ${domains.join(', ')} or a subdomain of one`;
    const seen = new Set<string>();
    const official = new Set<string>();
    const names = new Set([platform.name.toLowerCase()]);
    (platform.aliases ?? []).forEach((alias, index) => {
      if (names.has(alias.toLowerCase())) {
        problem(['aliases', index], `${alias} is the name or already an alias; remove the repeat`);
      }
      names.add(alias.toLowerCase());
    });
    const userPaths = (platform['user-content'] ?? []).flatMap((entry) => entry.paths);
    platform.channels.forEach((channel, index) => {
      const wrong = evidenceProblem(channel);
      if (wrong) problem(['channels', index, 'evidence'], wrong);
      if ((webChannelKinds as readonly string[]).includes(channel.kind) && 'value' in channel) {
        const url = httpsUrl(channel.value);
        const prefix = url && userPaths.find((path) => pathHasPrefix(url.pathname, path));
        if (prefix) {
          problem(
            ['channels', index, 'value'],
            `${channel.value} is under ${prefix}, where any user publishes (\`user-content:\`); a channel there cannot be official`,
          );
        }
      }
      let key: string;
      if (channel.kind === 'social') {
        key = `social ${channel.network} ${channel.handle.toLowerCase()}`;
      } else {
        key = `${channel.kind} ${channel.value}`;
        official.add(channel.value);
      }
      if (seen.has(key)) {
        const what = channel.kind === 'social' ? `@${channel.handle} on ${channel.network}` : channel.value;
        problem(
          ['channels', index],
          `${what} is already listed as a ${channel.kind} channel above; remove one of the two`,
        );
      }
      seen.add(key);
      if (channel.kind === 'email') {
        const host = channel.value.split('@')[1] ?? '';
        if (!isOnDomains(host, domains)) {
          problem(
            ['channels', index, 'value'],
            `${channel.value} is not on the platform’s domains; the address must end in ${onDomains} (or add the domain to \`domains:\` if the platform states it)`,
          );
        }
      } else if ((webChannelKinds as readonly string[]).includes(channel.kind) && 'value' in channel) {
        const host = httpsUrl(channel.value)?.hostname ?? '';
        if (host && !isOnDomains(host, domains)) {
          problem(
            ['channels', index, 'value'],
            `${host} is not on the platform’s domains; the address must be on ${onDomains} (or add the domain to \`domains:\` if the platform states it)`,
          );
        }
      }
    });
    platform['known-fakes'].forEach((fake, index) => {
      const wrongEvidence = fakeEvidenceProblem(fake);
      if (wrongEvidence) problem(['known-fakes', index, 'evidence'], wrongEvidence);
      const value = fake.kind === 'handle' ? fake.handle : fake.value;
      const host = fake.kind === 'domain' ? fake.value : fake.kind === 'email' ? (fake.value.split('@')[1] ?? '') : '';
      if (official.has(value)) {
        problem(
          ['known-fakes', index, 'value'],
          `${value} is also an official channel; a fake cannot be both, fix one`,
        );
      } else if (host && isOnDomains(host, domains)) {
        problem(
          ['known-fakes', index, 'value'],
          `${value} is on the official domains (${domains.join(', ')}); a fake cannot be official too, fix one of them`,
        );
      }
      if (fake.kind === 'handle') {
        const clash = platform.channels.some(
          (channel) =>
            channel.kind === 'social' &&
            channel.network === fake.network &&
            channel.handle.toLowerCase() === fake.handle.toLowerCase(),
        );
        if (clash)
          problem(['known-fakes', index, 'handle'], `@${fake.handle} is also an official channel; fix one of them`);
      }
    });
    platform.unclear.forEach((entry, index) => {
      (entry.values ?? []).forEach((value, at) => {
        const path = ['unclear', index, 'values', at];
        if (entry.kind === 'phone' && !isE164(value)) {
          problem(path, 'write phone numbers in `values:` in E.164, in quotes, e.g. "+12025550100"');
        } else if (entry.kind === 'email' && !emailPattern.test(value)) {
          problem(path, 'write email addresses in `values:` in lower case, e.g. help@example.com');
        } else if ((webChannelKinds as readonly string[]).includes(entry.kind) && !hostPattern.test(value)) {
          problem(path, 'write web entries in `values:` as host names in lower case, e.g. bitget.site');
        } else if (!['phone', 'email', ...webChannelKinds].includes(entry.kind)) {
          problem(path, 'only phone, email and web kinds take `values:`; describe other unclear facts in `text:`');
        } else if (
          official.has(value) ||
          (entry.kind !== 'phone' && isOnDomains(value.split('@').at(-1) ?? '', domains))
        ) {
          problem(path, `${value} is an official channel or on an official domain; it cannot also be unclear`);
        }
      });
    });
  });

/** A platform file as written (optional lists may be left out). */
export type PlatformInput = z.input<typeof platformSchema>;
/** A validated platform. */
export type Platform = z.output<typeof platformSchema>;
/** One official channel. */
export type Channel = z.output<typeof channelSchema>;
/** A channel without its evidence quote, as the checker carries it (the contact page and the open data show the quote). */
export type ChannelFacts = Channel extends infer Each ? (Each extends Channel ? Omit<Each, 'evidence'> : never) : never;
/** A channel whose value is a web address. */
export type WebChannel = Extract<Channel, { kind: (typeof webChannelKinds)[number] }>;
/** A known fake. */
export type KnownFake = z.output<typeof knownFakeSchema>;
/** An unclear fact. */
export type UnclearFact = z.output<typeof unclearSchema>;
/** A stated fact (`never:` or `notes:` entry). */
export type PlatformFact = z.output<typeof factSchema>;
/** A place on the platform's domains where any user publishes. */
export type UserContent = z.output<typeof userContentSchema>;
