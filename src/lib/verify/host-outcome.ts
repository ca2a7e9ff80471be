/** Outcomes and highlights for hosts that are not official, shared by links and email addresses. */
import { answer, disguises, fakeParams, invalid, isDisguisedLetter, outcome, type Outcome } from './answer.ts';
import { isHostOn, ownerOfDomain, type VerifyData } from './data.ts';
import { describeHost, registrableOffset, type HostInfo } from './host.ts';
import { matchName, typoCounts, type BrandMatch } from './match.ts';
import { hasInvisible, labelSeparator } from './normalize.ts';
import { toParts, type RoleRange } from './parts.ts';
import { isMixedScript, scriptsOf } from './scripts.ts';
import type { InputKind, ReasonCode, Verdict } from './types.ts';
import type { Span } from './url.ts';

/** Parameters describing a host for the reason sentence: the registrable domain in Unicode, the host as opened, its Unicode form. */
export function hostParams(host: HostInfo): Record<string, string> {
  // The registrable domain as the reader sees it: `okx客服.com`, not `xn--okx-ng0f271c.com` (that form is `host`).
  const labels = (host.domain ?? host.hostname).split('.').length;
  const domain = host.unicode.split('.').slice(-labels).join('.');
  const params: Record<string, string> = { domain, host: host.hostname };
  if (host.unicode !== host.hostname) params['unicode'] = host.unicode;
  return params;
}

/** Extra parameters for homoglyph reasons: the disguised characters and the scripts of the name. */
function homoglyphParams(name: string): Record<string, string> {
  const chars = [...new Set(Array.from(name).filter(isDisguisedLetter))];
  return { chars: chars.join(' '), scripts: scriptsOf(name).join(', ') };
}

/** A known fake or an unclear entry covering this host (it or a parent domain). */
export function listedHost(host: string, data: VerifyData): Outcome | null {
  for (const platform of data.platforms) {
    const fake = platform.fakes.find((entry) => entry.kind === 'domain' && isHostOn(host, entry.value));
    if (fake) return outcome('known-fake', platform, 'known-fake', fakeParams(fake));
  }
  for (const platform of data.platforms) {
    const unclear = platform.unclear.find((entry) => entry.kind === 'domain' && isHostOn(host, entry.value));
    if (unclear) return outcome('unknown', platform, 'unclear', { value: unclear.value });
  }
  return null;
}

/** Host lists as sets, built once per list (the data's lists are compared with every host checked). */
const hostSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** True when `host` is one of `hosts` or a subdomain of one. */
export function onHosts(host: string, hosts: readonly string[]): boolean {
  let set = hostSets.get(hosts);
  if (!set) hostSets.set(hosts, (set = new Set(hosts)));
  // The host and each parent domain (`a.b.c`, `b.c`, `c`) looked up, instead of every entry compared.
  for (let rest = host; ;) {
    if (set.has(rest)) return true;
    const dot = rest.indexOf('.');
    if (dot === -1) return false;
    rest = rest.slice(dot + 1);
  }
}

/** A candidate outcome for a host and its rank: lower is stronger. */
interface Candidate {
  rank: number;
  verdict: 'lookalike' | 'unknown';
  code: ReasonCode;
  match: BrandMatch;
  /** The name compared, for homoglyph parameters. */
  name: string;
}

/** Lookalike and neutral codes for hosts, strongest first. */
const hostRanks: readonly ReasonCode[] = [
  'punycode',
  'homoglyph',
  'tld-swap',
  'typo',
  'brand-in-domain',
  'brand-on-user-content',
  'brand-in-subdomain',
  'brand-split',
  'namesake',
  'brand-on-unrelated-site',
  'resembles',
  'mentions',
];

/** What the host looks like to the reader: its labels as written (case kept, IDNA dots as `.`), when they line up with the host's. */
function writtenLabels(written: string, host: HostInfo): string[] | null {
  const labels = written.replace(/\.$/, '').split(labelSeparator);
  const count = host.unicode.split('.').length;
  return labels.length === count ? labels : null;
}

/**
 * How a host that is not a platform's imitates or names one. Its registrable name against each brand:
 * disguised letters (`homoglyph`, `punycode` when written as `xn--`), the same name with another ending
 * (`tld-swap`), one typo (`typo` on the official ending; `resembles` on another, for long names), the
 * brand with lure words (`brand-in-domain`), the brand inside another name (`mentions`). Then its
 * subdomains (`brand-in-subdomain`, or a mention on a site only its owner publishes on), all labels
 * joined (`brand-split`), and the site name on a host where anyone publishes (`brand-on-user-content`).
 * `written` is the host as the reader saw it (before IDNA): IDNA maps some lookalikes away (`ΟΚΧ`
 * becomes `οκχ`), but the reader saw them.
 */
export function judgeHost(host: HostInfo, data: VerifyData, fromPunycode: boolean, written: string): Outcome | null {
  if (ownerOfDomain(data, host.domain)) return null;
  const listed = listedHost(host.hostname, data);
  if (listed) return listed;
  if (host.isIp) return null;
  const candidates: Candidate[] = [];
  const add = (code: ReasonCode, verdict: Candidate['verdict'], match: BrandMatch, name: string) => {
    candidates.push({ rank: hostRanks.indexOf(code), verdict, code, match, name });
  };
  const labels = writtenLabels(written, host);
  const domainLabels = host.domain ? host.domain.split('.').length : 0;
  const suffixLabels = host.suffix ? host.suffix.split('.').length : 0;
  const writtenName = labels ? labels.slice(labels.length - domainLabels, labels.length - suffixLabels).join('.') : '';
  const namesake = host.domain !== null && data.hosts.namesakes.includes(host.domain);
  const userContent = host.domain !== null && onHosts(host.domain, data.hosts.userContentSubdomains);
  const ownerOnly = host.domain !== null && onHosts(host.domain, data.hosts.ownerOnly);

  if (host.domain && !userContent) {
    for (const name of new Set([host.label, writtenName].filter(Boolean))) {
      const mixed = isMixedScript(name);
      const match = matchName(name, data, true, host.suffix);
      if (!match) continue;
      if (namesake) {
        add('namesake', 'unknown', match, name);
        continue;
      }
      switch (match.resemblance) {
        case 'exact':
          add(match.brand.source === 'domain' ? 'tld-swap' : 'brand-in-domain', 'lookalike', match, name);
          break;
        case 'homoglyph':
          add(fromPunycode ? 'punycode' : 'homoglyph', 'lookalike', match, name);
          break;
        case 'typo': {
          const counts = typoCounts(match, host.suffix, mixed);
          if (counts === 'strong')
            add(mixed ? (fromPunycode ? 'punycode' : 'homoglyph') : 'typo', 'lookalike', match, name);
          else if (counts === 'weak') add('resembles', 'unknown', match, name);
          break;
        }
        case 'lure':
          // A generic word with other words (`crypto-support.com`) names the platform no more than it resembles it.
          if (match.brand.generic === 'word') add('resembles', 'unknown', match, name);
          else add('brand-in-domain', 'lookalike', match, name);
          break;
        case 'contains':
          add('mentions', 'unknown', match, name);
          break;
      }
    }
  }

  // Labels left of the registrable domain: a site name on a host where anyone publishes, or just labels.
  const subdomains = host.subdomains;
  const writtenSubdomains = labels ? labels.slice(0, subdomains.length) : [];
  if (subdomains.length) {
    for (const [index, label] of subdomains.entries()) {
      for (const name of new Set([label, writtenSubdomains[index] ?? ''].filter(Boolean))) {
        const match = matchName(name, data);
        if (!match) continue;
        const weak = match.resemblance === 'typo' && typoCounts(match, null, isMixedScript(name)) !== 'strong';
        if (userContent) add(weak ? 'mentions' : 'brand-on-user-content', weak ? 'unknown' : 'lookalike', match, name);
        else if (ownerOnly || namesake) add('brand-on-unrelated-site', 'unknown', match, name);
        else if (match.resemblance === 'contains' || weak) add('mentions', 'unknown', match, name);
        else add('brand-in-subdomain', 'lookalike', match, name);
      }
    }
    if (!namesake) {
      // All labels joined (`kra.ken.example`), and each two in a row (`crypto.com.evil.example`).
      const all = [...subdomains, host.label];
      const pairs = all.slice(1).map((label, index) => `${all[index] ?? ''}${label}`);
      for (const [index, joined] of [all.join(''), ...pairs].entries()) {
        // All labels joined keep the host's ending: `cry.pto.com` reads as crypto.com.
        const match = matchName(joined, data, false, index === 0 ? host.suffix : null);
        if (match && (match.resemblance === 'exact' || match.resemblance === 'homoglyph')) {
          add('brand-split', 'lookalike', match, joined);
        }
      }
    }
  }
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  if (!best) return null;
  const params: Record<string, string> = { ...hostParams(host), brand: best.match.brand.name };
  const extra = best.code === 'homoglyph' || best.code === 'punycode' ? homoglyphParams(best.name) : {};
  return outcome(best.verdict, best.match.platform, best.code, { ...params, ...extra });
}

/** The unknown outcome for a host nothing matched, with the most useful reason. */
export function unknownHost(host: HostInfo, userinfo: string | null): Outcome {
  const params = hostParams(host);
  if (userinfo !== null) return outcome('unknown', null, 'userinfo', { ...params, userinfo });
  if (host.isIp) return outcome('unknown', null, 'ip-address', params);
  if ([...host.subdomains, host.label].some(isMixedScript)) {
    return outcome('unknown', null, 'mixed-script', { ...params, ...homoglyphParams(host.unicode) });
  }
  return outcome('unknown', null, 'not-in-data', params);
}

/** Verdict for text whose host no URL parser accepts: a lookalike if a brand shows through, else invalid. */
export function unreadableHost(text: string, cleanedHost: string, kind: InputKind, data: VerifyData): Verdict {
  const host = describeHost(cleanedHost.replace(/[\s/\\?#@:%]/g, ''));
  const owner = ownerOfDomain(data, host.domain);
  const parts = toParts(text, disguises(text, { start: 0, end: text.length }));
  if (owner && hasInvisible(text)) {
    // Hidden characters make an official name unreadable to browsers: what the reader sees imitates the platform.
    return answer(outcome('lookalike', owner, 'invisible-characters', {}), kind, null, parts);
  }
  const match = host.label ? judgeHost(host, data, false, '') : null;
  if (!match || match.verdict !== 'lookalike') return invalid('unparseable', kind, text);
  // Name no domain: none was read. Only the platform is named.
  return answer(
    outcome('lookalike', match.platform, 'homoglyph', { unparseable: 'true', chars: '' }),
    kind,
    null,
    parts,
  );
}

/** Ranges for a host: the registrable domain decisive, the labels before it plain (or misleading). */
export function hostRanges(text: string, span: Span, host: HostInfo, subdomainsMislead: boolean): RoleRange[] {
  const raw = text.slice(span.start, span.end);
  const offset = host.domain ? registrableOffset(raw, host.domain) : 0;
  const start = span.start + (offset ?? 0);
  const end = /[.\u3002\uFF0E\uFF61]$/.test(raw) && offset !== null ? span.end - 1 : span.end;
  return [
    { start: span.start, end: start, role: subdomainsMislead ? 'misleading' : 'plain' },
    { start, end, role: 'decisive' },
  ];
}
