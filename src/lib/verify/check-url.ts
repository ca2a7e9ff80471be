/** Checks an http(s) link or a bare domain, the way a browser would open it. */
import type { Channel } from '../../schemas/platform.ts';
import {
  answer,
  disguises,
  invalid,
  invisibles,
  isDisguisedLetter,
  outcome,
  safeDecode,
  type Outcome,
} from './answer.ts';
import { verifyProfileLink } from './check-handle.ts';
import { ownerOfDomain, type VerifyData, type VerifyPlatform } from './data.ts';
import { foreignHost, hostParams, hostRanges, listedHost, unknownHost, unreadableHost } from './host-outcome.ts';
import { describeHost, hostnameOf, type HostInfo } from './host.ts';
import { brandOnUnrelatedSite, matchText } from './match.ts';
import { cleanHost, hasInvisible, visibleHost } from './normalize.ts';
import { misleadingChars, toParts, type RoleRange } from './parts.ts';
import { networkOfDomain } from './social.ts';
import type { InputKind, Verdict } from './types.ts';
import { parseUrl, splitUrl, type Span } from './url.ts';

/** The listed web channel this host and path are under (longest path wins). */
function webChannel(platform: VerifyPlatform, hostname: string, pathname: string): Channel | undefined {
  return platform.web
    .filter((entry) => entry.channel.kind !== 'app' && entry.host === hostname && pathname.startsWith(entry.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.channel;
}

/** A listed app store page: app stores are not platform domains, so only the listed pages count. */
function appChannel(hostname: string, pathname: string, data: VerifyData): Outcome | null {
  for (const platform of data.platforms) {
    const entry = platform.web.find(
      (item) => item.channel.kind === 'app' && item.host === hostname && pathname.startsWith(item.path),
    );
    if (entry) return outcome('official', platform, 'exact-match', {}, entry.channel);
  }
  return null;
}

/** What the link-specific checks need to know about the input. */
interface LinkFacts {
  host: HostInfo;
  /** The browser's parse and this split agree on host and user name. */
  agrees: boolean;
  invisibleInHost: boolean;
  userinfo: string | null;
  pathname: string;
  /** Path, query and fragment as written. */
  rest: string;
  fromPunycode: boolean;
  written: string;
}

/** The outcome for a link: official, listed, imitating, or unknown, strongest evidence first. */
function decide(facts: LinkFacts, data: VerifyData): Outcome {
  const { host, userinfo } = facts;
  const app = facts.agrees && !facts.invisibleInHost && userinfo === null;
  const listedApp = app ? appChannel(host.hostname, facts.pathname, data) : null;
  if (listedApp) return listedApp;
  const owner = ownerOfDomain(data, host.domain);
  if (owner) {
    const params = hostParams(host, owner);
    if (userinfo !== null) return outcome('unknown', owner, 'userinfo', { ...params, userinfo });
    if (facts.invisibleInHost) return outcome('lookalike', owner, 'invisible-characters', params);
    if (!facts.agrees) return outcome('invalid', owner, 'unparseable', params);
    if (host.punycode) return outcome('unknown', owner, 'punycode', params);
    const channel = webChannel(owner, host.hostname, facts.pathname);
    if (channel) return outcome('official', owner, 'exact-match', params, channel);
    return outcome(
      'official',
      owner,
      host.hostname === host.domain ? 'official-domain' : 'subdomain-of-official',
      params,
    );
  }
  const listed = listedHost(host.hostname, data);
  if (listed) return listed;
  const userinfoBrand = userinfo !== null ? matchText(userinfo, data) : null;
  if (userinfoBrand) {
    const params = { ...hostParams(host, userinfoBrand.platform), userinfo: userinfo ?? '' };
    return outcome('lookalike', userinfoBrand.platform, 'userinfo', params);
  }
  const unrelated = brandOnUnrelatedSite(host, data, facts.rest);
  if (unrelated) {
    return outcome('unknown', unrelated.platform, 'brand-on-unrelated-site', hostParams(host, unrelated.platform));
  }
  const foreign = foreignHost(host, data, facts.fromPunycode, facts.written);
  if (foreign) return foreign;
  const pathBrand = facts.rest ? matchText(safeDecode(facts.rest), data) : null;
  if (pathBrand) return outcome('lookalike', pathBrand.platform, 'brand-in-path', hostParams(host, pathBrand.platform));
  return unknownHost(host, facts.invisibleInHost, userinfo);
}

/** Checks an http(s) URL, or a bare domain when `prefix` is `https://`. */
export function verifyUrl(text: string, prefix: string, data: VerifyData): Verdict {
  const url = prefix + text;
  const spans = splitUrl(url);
  if (!spans) return invalid('unparseable', prefix ? 'domain' : 'url', text);
  const shift = (span: Span): Span => ({ start: span.start - prefix.length, end: span.end - prefix.length });
  const hostSpan = shift(spans.host);
  const rawHost = text.slice(hostSpan.start, hostSpan.end);
  const restStart = shift(spans.rest).start;
  const rest = text.slice(restStart);
  const kind: InputKind = prefix && !spans.userinfo && !spans.port && rest === '' ? 'domain' : 'url';

  const browser = parseUrl(url);
  const portText = spans.port ? url.slice(spans.port.start, spans.port.end) : '';
  // When browsers refuse the link, read the cleaned host for a lookalike, never for an official verdict.
  const fallback = /^(:\d*)?$/.test(portText) ? hostnameOf(cleanHost(rawHost)) : null;
  const hostname = browser ? browser.hostname : fallback;
  if (!hostname) return unreadableHost(text, cleanHost(rawHost), kind, data);

  const authority = { start: spans.userinfo ? shift(spans.userinfo).start : hostSpan.start, end: restStart };
  const userinfo = spans.userinfo ? text.slice(authority.start, hostSpan.start - 1) : null;
  const facts: LinkFacts = {
    host: describeHost(hostname),
    agrees:
      browser !== null &&
      hostnameOf(rawHost) === browser.hostname &&
      (spans.userinfo !== null || (browser.username === '' && browser.password === '')),
    invisibleInHost: hasInvisible(text.slice(authority.start, authority.end)),
    userinfo,
    pathname: browser?.pathname ?? '/',
    rest,
    fromPunycode: /(?:^|[.\u3002\uFF0E\uFF61])xn--/i.test(rawHost),
    written: visibleHost(rawHost),
  };

  // A profile link on a social network: check the account it names.
  const network = facts.host.domain ? networkOfDomain(facts.host.domain) : undefined;
  if (network && facts.agrees && !facts.invisibleInHost && userinfo === null) {
    const profile = verifyProfileLink(text, restStart, network, data);
    if (profile) return profile;
  }

  const result = decide(facts, data);
  const subdomainsMislead = result.code === 'brand-in-subdomain' || result.code === 'brand-split';
  const ranges: RoleRange[] = [];
  if (spans.userinfo) ranges.push({ ...shift(spans.userinfo), role: 'misleading' });
  ranges.push(...hostRanges(text, hostSpan, facts.host, subdomainsMislead));
  if (result.code === 'brand-in-path') ranges.push({ start: restStart, end: text.length, role: 'misleading' });
  ranges.push(...disguises(text, authority));
  if (result.code === 'homoglyph')
    ranges.push(...misleadingChars(text, hostSpan.start, hostSpan.end, isDisguisedLetter));
  ranges.push(...invisibles(text));
  return answer(result, kind, facts.host.hostname, toParts(text, ranges));
}
