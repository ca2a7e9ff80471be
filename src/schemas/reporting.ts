/**
 * Where to report a scam in one country (`content/reporting/<cc>.yaml`): the authorities, each with
 * its routes (a web form, a phone line, an address, an app, or in person), every route sourced and
 * dated. Official routes rest on a page of the authority's own domain (or of another government
 * domain the file names) with a verbatim quote that contains the value; unclear ones are shown as
 * "not confirmed"; routes nobody could find are left out.
 */
import { z } from 'astro/zod';
import { quoteHasEmail, quoteHasHost, quoteHasPhone } from '../lib/evidence.ts';
import {
  checked,
  emailPattern,
  errors,
  evidence,
  hostPattern,
  httpsUrl,
  isCountryCode,
  isOnDomains,
  localizedText,
  sourceOrNote,
  unknownKeys as unknownKeysIn,
} from './fields.ts';

/** How a route is used: a web page or form, a phone line, an email address, an app, or going in person. */
export const routeKinds = ['web', 'phone', 'email', 'app', 'in-person'] as const;
/** A route kind. */
export type RouteKind = (typeof routeKinds)[number];

/**
 * What an authority is for a victim: `police` takes the report of the crime (police, cybercrime
 * and fraud reporting centres, prosecutors), `regulator` the financial or consumer regulator's
 * scam or complaints line, `helpline` advice and support that is not a report.
 */
export const authorityRoles = ['police', 'regulator', 'helpline'] as const;
/** An authority's role. */
export type AuthorityRole = (typeof authorityRoles)[number];

/** `official`: stated on the authority's (or a named government) domain; `unclear`: only third parties, or an old page, state it. */
export const routeStatuses = ['official', 'unclear'] as const;
/** A route's status. */
export type RouteStatus = (typeof routeStatuses)[number];

const unknownKeys = unknownKeysIn('content/reporting/README.md');

/** A phone number as the authority writes it: digits with spaces, dashes, dots or brackets, an optional leading `+` or `#`. */
const phonePattern = /^[+#]?\(?\d[\d\s().-]*\d$/;

/** A registrable or government domain, e.g. `police.gov.sg` or `gov.br`. */
const domain = z
  .string({ error: 'write each domain as a host name in lower case, e.g. scotland.police.uk' })
  .regex(hostPattern, 'write each domain as a host name in lower case, without https:// or a path');

/** One way to report, or to get advice. */
const routeSchema = z.strictObject(
  {
    kind: z
      .enum(routeKinds, { error: `set \`kind:\` to one of: ${routeKinds.join(', ')}` })
      .describe('How it is used.'),
    value: z
      .string({ error: 'write `value:` as text (quote phone numbers)' })
      .trim()
      .min(1, 'write the address, number or app name in `value:`')
      .optional()
      .describe(
        'web: the https:// address; phone: the number as the authority writes it (quoted); email: the address; app: its name. None for in-person.',
      ),
    label: localizedText('label', 200).describe(
      'What the route is for, in a few words; English, then other languages as translated.',
    ),
    note: localizedText('note', 300)
      .optional()
      .describe('A limit or a warning the reader needs (who it covers, what it does not take).'),
    status: z
      .enum(routeStatuses, { error: `set \`status:\` to one of: ${routeStatuses.join(', ')}` })
      .describe('official, or unclear (shown as "not confirmed").'),
    source: sourceOrNote.describe(
      'official: the https:// address of the page on the authority’s (or a named government) domain that states it; unclear: an address or a short description of where it was seen.',
    ),
    checked,
    evidence: evidence
      .optional()
      .describe('The verbatim quote that states it (required when official); it contains the value.'),
  },
  { error: unknownKeys },
);

/** An authority of the country and its routes. */
const authoritySchema = z.strictObject(
  {
    name: localizedText('name', 120).describe('The authority’s name, with its short form if readers know it.'),
    role: z
      .enum(authorityRoles, { error: `set \`role:\` to one of: ${authorityRoles.join(', ')}` })
      .describe('police (takes the report), regulator, or helpline (advice, not a report).'),
    region: localizedText('region', 80).optional().describe('The part of the country it serves, if not all of it.'),
    domains: z
      .array(domain, { error: 'write `domains:` as a list of domains, e.g. [fca.org.uk]' })
      .default([])
      .describe('The authority’s own domains: official web routes and sources are on one of them.'),
    'other-government-domains': z
      .array(domain, { error: 'write `other-government-domains:` as a list of domains, e.g. [ic.gc.ca]' })
      .default([])
      .describe('Domains of other government bodies whose pages state this authority’s routes (sources only).'),
    note: localizedText('note', 300).optional().describe('What the reader should know about this authority.'),
    routes: z
      .array(routeSchema, errors('add `routes:`, the list of ways to reach this authority'))
      .min(1, 'list at least one route in `routes:`'),
  },
  { error: unknownKeys },
);

/** A site met while researching that looks official and is not (or is unverified): never linked. */
const lookalikeSchema = z.strictObject(
  {
    value: z
      .string(errors('add `value:` with the host name, e.g. reportfraud-ftc.com'))
      .regex(hostPattern, 'write `value:` as a host name in lower case, without https:// or a path'),
    note: localizedText('note', 200).describe('What it pretends to be, and what to use instead.'),
    source: sourceOrNote,
    checked,
  },
  { error: unknownKeys },
);

/** The problem with a route, given its authority, or `undefined`. */
function routeProblem(
  route: z.output<typeof routeSchema>,
  authority: { domains: readonly string[]; 'other-government-domains': readonly string[] },
): { field: string; message: string } | undefined {
  const { kind, value, status } = route;
  if (kind === 'in-person') {
    if (value !== undefined)
      return { field: 'value', message: 'an in-person route has no `value:`; say where to go in `label:`' };
  } else if (value === undefined) {
    return { field: 'value', message: `add \`value:\` with the ${kind === 'app' ? 'app’s name' : kind}` };
  } else if (kind === 'web' && !httpsUrl(value)) {
    return { field: 'value', message: 'write `value:` as a full https:// address' };
  } else if (kind === 'phone' && (!phonePattern.test(value) || value.replace(/\D/g, '').length < 3)) {
    return {
      field: 'value',
      message:
        'write `value:` as the number the authority gives, in quotes: digits, spaces, - ( ) and a leading + or #',
    };
  } else if (kind === 'email' && !emailPattern.test(value)) {
    return { field: 'value', message: 'write `value:` as one email address in lower case' };
  }
  const sourceUrl = httpsUrl(route.source);
  if (status === 'official') {
    if (!route.evidence)
      return { field: 'evidence', message: 'add `evidence:`: an official route needs the quote of its source page' };
    if (!sourceUrl)
      return {
        field: 'source',
        message:
          'write `source:` as the https:// address of the page that states it; without one, the route is unclear',
      };
    const allowed = [...authority.domains, ...authority['other-government-domains']];
    if (!isOnDomains(sourceUrl.hostname, allowed)) {
      return {
        field: 'source',
        message: `${sourceUrl.hostname} is not one of the authority’s domains or the named government domains (${allowed.join(', ') || 'none listed'}); add the domain if it is a government one, or set \`status: unclear\``,
      };
    }
    if (kind === 'web' && value !== undefined) {
      const host = new URL(value).hostname;
      if (!isOnDomains(host, authority.domains)) {
        return {
          field: 'value',
          message: `${host} is not on the authority’s own \`domains:\` (${authority.domains.join(', ') || 'none listed'}); an official web route is on one of them`,
        };
      }
    }
  }
  if (route.evidence !== undefined && value !== undefined) {
    const quote = route.evidence;
    const found =
      kind === 'phone'
        ? quoteHasPhone(quote, value)
        : kind === 'email'
          ? quoteHasEmail(quote, value)
          : kind === 'web'
            ? quoteHasHost(quote, new URL(value).hostname) || sourceUrl?.hostname === new URL(value).hostname
            : quote.includes(value);
    if (!found) {
      const what = kind === 'web' ? new URL(value).hostname : value;
      return {
        field: 'evidence',
        message: `\`evidence:\` does not contain ${what}; quote the words of the source that give it${kind === 'web' ? `, or cite a page on ${what}` : ''}`,
      };
    }
  }
  return undefined;
}

/** One country's file. */
export const reportingCountrySchema = z
  .strictObject(
    {
      country: z
        .string(errors('add `country:`, the ISO 3166-1 alpha-2 code in capitals, e.g. GB for gb.yaml'))
        .refine(isCountryCode, 'write `country:` as an ISO 3166-1 alpha-2 code in capitals, e.g. GB, US, JP')
        .describe('ISO 3166-1 alpha-2 code; the file is named after it in lower case. Its name comes from Intl.'),
      note: localizedText('note', 400).optional().describe('What a reader in this country should know first.'),
      authorities: z
        .array(authoritySchema, errors('add `authorities:`, the list of authorities with their routes'))
        .min(1, 'list at least one authority in `authorities:`'),
      lookalikes: z
        .array(lookalikeSchema, { error: 'write `lookalikes:` as a list of entries with value, note, source, checked' })
        .default([])
        .describe('Sites that imitate or are mistaken for the authorities: shown as text, never linked.'),
    },
    { error: unknownKeys },
  )
  .superRefine((country, context) => {
    country.authorities.forEach((authority, a) => {
      authority.routes.forEach((route, r) => {
        const problem = routeProblem(route, authority);
        if (problem) {
          context.addIssue({
            code: 'custom',
            path: ['authorities', a, 'routes', r, problem.field],
            message: problem.message,
          });
        }
      });
    });
  });

/** A country's reporting data. */
export type ReportingCountry = z.output<typeof reportingCountrySchema>;
/** An authority of a country. */
export type Authority = ReportingCountry['authorities'][number];
/** One route of an authority. */
export type ReportingRoute = Authority['routes'][number];
