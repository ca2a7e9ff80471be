/** Checks an email address, bare, as `Name <address>` or as a `mailto:` link. */
import { answer, disguises, fakeParams, invalid, invisibles, outcome, type Outcome } from './answer.ts';
import { ownerOfDomain, type VerifyData } from './data.ts';
import { foreignHost, hostParams, hostRanges, unknownHost, unreadableHost } from './host-outcome.ts';
import { describeHost, hostnameOf, type HostInfo } from './host.ts';
import { brandOnUnrelatedSite, matchText } from './match.ts';
import { clean, cleanHost, hasInvisible, visibleHost } from './normalize.ts';
import { toParts, type RoleRange } from './parts.ts';
import type { Verdict } from './types.ts';

/** What the email checks need to know about the input. */
interface AddressFacts {
  host: HostInfo;
  /** The domain as written is a host name (without clean-up). */
  exact: boolean;
  invisible: boolean;
  local: string;
  display: string;
  normalized: string;
  domainText: string;
}

/** The outcome for an address: on an official domain (listed or not), listed, imitating, or unknown. */
function decide(facts: AddressFacts, data: VerifyData): Outcome {
  const { host, normalized } = facts;
  const owner = ownerOfDomain(data, host.domain);
  if (owner) {
    const params = hostParams(host, owner);
    if (facts.invisible) return outcome('lookalike', owner, 'invisible-characters', params);
    if (!facts.exact) return outcome('invalid', owner, 'unparseable', params);
    if (host.punycode) return outcome('unknown', owner, 'punycode', params);
    const channel = owner.emails.find((entry) => entry.address === normalized)?.channel;
    if (channel) return outcome('official', owner, 'exact-match', params, channel);
    return outcome('official', owner, 'official-domain', params);
  }
  for (const platform of data.platforms) {
    const fake = platform.fakes.find((entry) => entry.kind === 'email' && entry.value === normalized);
    if (fake) return outcome('known-fake', platform, 'known-fake', fakeParams(fake));
  }
  for (const platform of data.platforms) {
    const unclear = platform.unclear.find((entry) => entry.kind === 'email' && entry.value === normalized);
    if (unclear) return outcome('unknown', platform, 'unclear', { value: unclear.value });
  }
  const unrelated = brandOnUnrelatedSite(host, data);
  const fromPunycode = /(?:^|\.)xn--/i.test(facts.domainText);
  const foreign = unrelated ? null : foreignHost(host, data, fromPunycode, visibleHost(facts.domainText));
  if (foreign) return foreign;
  const localBrand = matchText(clean(facts.local), data);
  if (localBrand)
    return outcome('lookalike', localBrand.platform, 'brand-in-local-part', hostParams(host, localBrand.platform));
  const displayBrand = facts.display ? matchText(clean(facts.display), data) : null;
  if (displayBrand) {
    const params = { ...hostParams(host, displayBrand.platform), display: facts.display };
    return outcome('lookalike', displayBrand.platform, 'brand-in-display-name', params);
  }
  if (unrelated) {
    return outcome('unknown', unrelated.platform, 'brand-on-unrelated-site', hostParams(host, unrelated.platform));
  }
  return unknownHost(host, facts.invisible, null);
}

/** Checks an email address, optionally `Name <address>`, after `prefix` characters (`mailto:`). */
export function verifyEmail(text: string, prefix: number, data: VerifyData): Verdict {
  const query = text.indexOf('?', prefix);
  const end = query >= 0 ? query : text.length;
  const angle = /^(.*?)<([^<>]+)>\s*$/s.exec(text.slice(prefix, end));
  const addressStart = prefix + (angle ? (angle[1] ?? '').length + 1 : 0);
  const addressEnd = angle ? addressStart + (angle[2] ?? '').length : end;
  const address = text.slice(addressStart, addressEnd);
  const at = address.lastIndexOf('@');
  const local = address.slice(0, Math.max(at, 0));
  const domainText = address.slice(at + 1);
  if (at <= 0 || domainText === '' || /[\s/\\?#<>:]/.test(domainText)) return invalid('unparseable', 'email', text);
  const exact = hostnameOf(domainText);
  const hostname = exact ?? hostnameOf(cleanHost(domainText));
  if (!hostname) return unreadableHost(text, cleanHost(domainText), 'email', data);

  const host = describeHost(hostname);
  const facts: AddressFacts = {
    host,
    exact: exact !== null,
    invisible: hasInvisible(address),
    local,
    display: angle ? (angle[1] ?? '').trim() : '',
    normalized: `${clean(local)}@${host.hostname}`,
    domainText,
  };
  const result = decide(facts, data);
  const ranges: RoleRange[] = [];
  if (result.code === 'brand-in-display-name')
    ranges.push({ start: prefix, end: addressStart - 1, role: 'misleading' });
  if (result.code === 'brand-in-local-part')
    ranges.push({ start: addressStart, end: addressStart + at, role: 'misleading' });
  const subdomainsMislead = result.code === 'brand-in-subdomain' || result.code === 'brand-split';
  ranges.push(...hostRanges(text, { start: addressStart + at + 1, end: addressEnd }, host, subdomainsMislead));
  ranges.push(...disguises(text, { start: addressStart, end: addressEnd }));
  ranges.push(...invisibles(text));
  return answer(result, 'email', facts.normalized, toParts(text, ranges));
}
