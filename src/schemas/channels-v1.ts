/**
 * The JSON Schema (draft 2020-12) of `/data/channels.v1.json`, published beside it as
 * `/data/channels.v1.schema.json`. Objects accept fields they do not list, so that a reader holding
 * this schema keeps validating files that gained a field within v1; the tests validate the built
 * file with every object closed, so that each field the file has is described here.
 */
import { defaultLocale } from '../config/locales.ts';
import { socialNetworks } from '../lib/verify/social.ts';
import { channelKinds, fakeKinds, phonePurposes } from './platform.ts';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date, YYYY-MM-DD.' } as const;
const https = { type: 'string', pattern: '^https://', description: 'An https:// address.' } as const;
const sourceOrNote = {
  type: 'string',
  minLength: 1,
  description: 'An https:// address, or a short description of a source that is not a page.',
} as const;
const text = {
  $ref: '#/$defs/text',
} as const;
const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** The schema, with `$id` set to where it is published. */
export function channelsV1Schema(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Signpost channel data, version 1',
    description:
      'Official support channels of digital-asset platforms, each with its source page, the date it was last checked and a verbatim quote from the source; facts not confirmed (unclear) and impersonations (known fakes). A value missing from this file is unknown, not fake.',
    type: 'object',
    required: ['version', 'generated', 'lastChecked', 'license', 'platforms'],
    properties: {
      $schema: { ...https, description: 'This schema.' },
      version: { const: 1, description: 'The format version; fields are only added within it.' },
      generated: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
        description: 'When the file was built (ISO 8601, UTC).',
      },
      lastChecked: { ...date, description: 'The newest `checked` date of any fact.' },
      license: {
        type: 'object',
        required: ['id', 'url'],
        properties: {
          id: { type: 'string', description: 'SPDX identifier, CC-BY-4.0.' },
          name: { type: 'string' },
          url: https,
          attribution: { type: 'string', description: 'How to credit the data.' },
        },
      },
      documentation: { ...https, description: 'The page that explains this file.' },
      changes: { ...https, description: 'The Atom feed of changes to the channels.' },
      platforms: { type: 'array', items: { $ref: '#/$defs/platform' } },
    },
    $defs: {
      text: {
        type: 'object',
        description: `A text per language (locale ids of the site); \`${defaultLocale}\` is always there.`,
        required: [defaultLocale],
        properties: { [defaultLocale]: { type: 'string', minLength: 1 } },
        propertyNames: { pattern: '^[a-z]{2,3}(-[a-z0-9]{2,8})*$' },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      platform: {
        type: 'object',
        required: ['id', 'name', 'aliases', 'domains', 'userContent', 'facts'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          name: { type: 'string', minLength: 1 },
          aliases: { ...strings, description: 'Other names people and scammers use.' },
          domains: {
            ...strings,
            minItems: 1,
            description: 'Registrable domains: each, and each of its subdomains, is the platform’s own.',
          },
          userContent: {
            type: 'array',
            description: 'Paths on the platform’s domains where any user publishes: never official.',
            items: {
              type: 'object',
              required: ['paths', 'label', 'checked'],
              properties: {
                paths: {
                  ...strings,
                  description: 'Path prefixes, starting and ending with /; a segment * matches any one segment.',
                },
                label: text,
                source: https,
                checked: date,
              },
            },
          },
          page: { ...https, description: 'The platform’s section of the contact page.' },
          facts: {
            type: 'array',
            items: {
              oneOf: [
                { $ref: '#/$defs/channel' },
                { $ref: '#/$defs/statement' },
                { $ref: '#/$defs/unclear' },
                { $ref: '#/$defs/knownFake' },
              ],
            },
          },
        },
      },
      channel: {
        type: 'object',
        description: 'An official channel, stated by the platform’s own page (source) in the words quoted (evidence).',
        required: ['status', 'kind', 'value', 'source', 'checked', 'evidence'],
        properties: {
          status: { const: 'official' },
          kind: { enum: channelKinds },
          value: {
            type: 'string',
            minLength: 1,
            description:
              'web kinds and app: an https:// address, a whole host or a path prefix; email: an address in lower case; phone: E.164; social: the handle without @.',
          },
          network: { enum: socialNetworks, description: 'The network of a social channel.' },
          label: text,
          languages: strings,
          hours: { type: 'string' },
          purpose: { enum: phonePurposes, description: 'What a phone line is for.' },
          country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code the line serves.' },
          automated: { type: 'boolean', description: 'True when only a machine answers.' },
          source: https,
          checked: date,
          evidence: {
            type: 'string',
            minLength: 1,
            description: 'A verbatim quote of at most 30 words from the source.',
          },
        },
        allOf: [
          {
            if: { properties: { kind: { const: 'phone' } } },
            then: { properties: { value: { pattern: '^\\+[1-9]\\d{6,14}$' } } },
          },
          {
            if: { properties: { kind: { const: 'email' } } },
            then: { properties: { value: { pattern: '^[^@\\s]+@[^@\\s]+$' } } },
          },
          { if: { properties: { kind: { const: 'social' } } }, then: { required: ['network'] } },
          {
            if: {
              properties: {
                kind: { enum: [...channelKinds.filter((kind) => !['email', 'phone', 'social'].includes(kind))] },
              },
            },
            then: { properties: { value: https } },
          },
        ],
      },
      statement: {
        type: 'object',
        description: 'What the platform says it never does (never), or another stated fact (note).',
        required: ['status', 'kind', 'text', 'source', 'checked', 'evidence'],
        properties: {
          status: { const: 'official' },
          kind: { enum: ['never', 'note'] },
          text,
          source: https,
          checked: date,
          evidence: { type: 'string', minLength: 1 },
        },
      },
      unclear: {
        type: 'object',
        description: 'Not confirmed: sources disagree, or only a third party gives it. Neither official nor fake.',
        required: ['status', 'kind', 'values', 'text', 'sources', 'checked'],
        properties: {
          status: { const: 'unclear' },
          kind: { enum: channelKinds },
          values: { ...strings, description: 'Hosts, email addresses or E.164 numbers it concerns; may be empty.' },
          text,
          sources: { type: 'array', minItems: 1, items: sourceOrNote },
          checked: date,
        },
      },
      knownFake: {
        type: 'object',
        description: 'An impersonation seen in the wild.',
        required: ['status', 'kind', 'value', 'source', 'checked'],
        properties: {
          status: { const: 'known-fake' },
          kind: { enum: fakeKinds },
          value: {
            type: 'string',
            minLength: 1,
            description:
              'domain: a host, its subdomains and addresses on it included; email: an address; phone: E.164; handle: without @.',
          },
          network: { enum: socialNetworks, description: 'The network of a fake handle.' },
          original: { type: 'string', description: 'A phone number as the fake spreads it.' },
          note: text,
          source: sourceOrNote,
          checked: date,
          evidence: {
            type: 'string',
            minLength: 1,
            description: 'The platform’s own words naming the fake, where it does.',
          },
        },
        allOf: [{ if: { properties: { kind: { const: 'handle' } } }, then: { required: ['network'] } }],
      },
    },
  } as const;
}
