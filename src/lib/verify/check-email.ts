/** Checks an email address, bare or as `Name <address>`, and the recipients of a `mailto:` link. */
import { answer, disguises, fakeParams, invalid, invisibles, outcome, type Outcome } from './answer.ts';
import { ownerOfDomain, type VerifyData } from './data.ts';
import { hostParams, hostRanges, judgeHost, unknownHost, unreadableHost } from './host-outcome.ts';
import { describeHost, hostnameOf, type HostInfo } from './host.ts';
import { matchName } from './match.ts';
import { clean, cleanHost, hasInvisible, visibleHost } from './normalize.ts';
import { toParts, type RoleRange } from './parts.ts';
import type { Verdict } from './types.ts';
import { decodeSegment, type Span } from './url.ts';

/** What the email checks need to know about the input. */
interface AddressFacts {
  host: HostInfo;
  /** The domain as written is exactly the host name mail is sent to: plain ASCII, nothing mapped. */
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
    const params = hostParams(host);
    if (facts.invisible) return outcome('lookalike', owner, 'invisible-characters', params);
    if (host.punycode) return outcome('unknown', owner, 'punycode', params);
    if (!facts.exact)
      return outcome('unknown', owner, 'raw-differs', { written: facts.domainText, opens: host.hostname });
    // `"evil@evil.example"@kraken.com`: mail apps that split at the first `@` send it elsewhere.
    if (/["@\\]/.test(facts.local)) {
      return outcome('unknown', owner, 'raw-differs', {
        written: `${facts.local}@${facts.domainText}`,
        opens: host.hostname,
      });
    }
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
  const fromPunycode = /(?:^|\.)xn--/i.test(facts.domainText);
  const judged = judgeHost(host, data, fromPunycode, visibleHost(facts.domainText));
  if (judged?.verdict === 'lookalike' || judged?.verdict === 'known-fake') return judged;
  const localBrand = matchName(clean(facts.local), data, false);
  if (localBrand) return outcome('lookalike', localBrand.platform, 'brand-in-local-part', hostParams(host));
  const displayBrand = facts.display ? matchName(clean(facts.display), data, false) : null;
  if (displayBrand) {
    return outcome('lookalike', displayBrand.platform, 'brand-in-display-name', {
      ...hostParams(host),
      display: facts.display,
    });
  }
  return judged ?? unknownHost(host, null);
}

/** Checks the address at `span` of `text`: `local@domain`, or `Name <local@domain>`. */
export function verifyAddress(text: string, span: Span, data: VerifyData): Verdict {
  const piece = text.slice(span.start, span.end);
  const angle = /^(.*?)<([^<>]+)>\s*$/s.exec(piece);
  const addressStart = span.start + (angle ? (angle[1] ?? '').length + 1 : 0);
  const addressEnd = angle ? addressStart + (angle[2] ?? '').length : span.end;
  const address = text.slice(addressStart, addressEnd);
  const at = address.lastIndexOf('@');
  const local = address.slice(0, Math.max(at, 0));
  const domainText = address.slice(at + 1);
  if (at <= 0 || domainText === '' || /[\s/\\?#<>:,;]/.test(domainText)) return invalid('unparseable', 'email', text);
  const mapped = hostnameOf(domainText) ?? hostnameOf(cleanHost(domainText));
  if (!mapped) return unreadableHost(text, cleanHost(domainText), 'email', data);
  const hostname = mapped.replace(/\.$/, '');
  const host = describeHost(hostname);
  const facts: AddressFacts = {
    host,
    exact: domainText.toLowerCase().replace(/\.$/, '') === hostname,
    invisible: hasInvisible(piece),
    local,
    display: angle ? (angle[1] ?? '').trim().replace(/^"(.*)"$/s, '$1') : '',
    normalized: `${clean(local)}@${host.hostname}`,
    domainText,
  };
  const result = decide(facts, data);
  const ranges: RoleRange[] = [];
  if (result.code === 'brand-in-display-name') {
    ranges.push({ start: span.start, end: addressStart - 1, role: 'misleading' });
  }
  if (result.code === 'brand-in-local-part') {
    ranges.push({ start: addressStart, end: addressStart + at, role: 'misleading' });
  }
  const subdomainsMislead = result.code === 'brand-in-subdomain' || result.code === 'brand-split';
  ranges.push(...hostRanges(text, { start: addressStart + at + 1, end: addressEnd }, host, subdomainsMislead));
  ranges.push(...disguises(text, { start: addressStart, end: addressEnd }));
  ranges.push(...invisibles(text));
  return answer(result, 'email', facts.normalized, toParts(text, ranges));
}

/** A recipient of a `mailto:` link: the address as the mail app reads it, and where it is in the text (when it can be found). */
export interface Recipient {
  address: string;
  span: Span | null;
}

/**
 * Every recipient of a `mailto:` link, as a mail app reads them: the addresses of the path and of the
 * `to`, `cc` and `bcc` fields, percent-decoded, split at `,` and `;`.
 */
export function mailtoRecipients(text: string): Recipient[] {
  const body = text.slice('mailto:'.length);
  const query = body.indexOf('?');
  const path = query >= 0 ? body.slice(0, query) : body;
  const recipients: Recipient[] = [];
  const addList = (raw: string, offset: number | null) => {
    let position = 0;
    for (const piece of raw.split(/[,;]|%2c|%3b/i)) {
      const start = raw.indexOf(piece, position);
      position = start + piece.length;
      const decoded = decodeSegment(piece).trim();
      if (!decoded) continue;
      // A decoded piece can hold further separators (`a%2540b` aside): split again.
      for (const address of decoded
        .split(/[,;]/)
        .map((part) => part.trim())
        .filter(Boolean)) {
        const lead = piece.length - piece.trimStart().length;
        const span =
          offset !== null && address === piece.trim()
            ? { start: offset + start + lead, end: offset + start + lead + address.length }
            : null;
        recipients.push({ address, span });
      }
    }
  };
  addList(path, 'mailto:'.length);
  if (query >= 0) {
    const fields = body.slice(query + 1).split('&');
    let position = 'mailto:'.length + query + 1;
    for (const field of fields) {
      const equals = field.indexOf('=');
      const name = decodeSegment(equals >= 0 ? field.slice(0, equals) : field).toLowerCase();
      if (['to', 'cc', 'bcc'].includes(name) && equals >= 0) addList(field.slice(equals + 1), position + equals + 1);
      position += field.length + 1;
    }
  }
  return recipients;
}
