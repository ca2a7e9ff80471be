/** Checks an http(s) link or a bare domain on what the browser will open: the WHATWG URL's canonical host and path. */
import type { ChannelFacts } from '../../schemas/platform.ts';
import { answer, disguises, invalid, invisibles, isDisguisedLetter, outcome, type Outcome } from './answer.ts';
import { decideHandle } from './check-handle.ts';
import { verifyPhone } from './check-phone.ts';
import { isHostOn, ownerOfDomain, type VerifyData, type VerifyPlatform } from './data.ts';
import { hostParams, hostRanges, judgeHost, listedHost, onHosts, unknownHost, unreadableHost } from './host-outcome.ts';
import { describeHost, hostnameOf, type HostInfo } from './host.ts';
import { matchName } from './match.ts';
import { cleanHost, hasInvisible } from './normalize.ts';
import { misleadingChars, toParts, type RoleRange } from './parts.ts';
import { linkTarget, networkOfDomain } from './social.ts';
import type { InputKind, Note, Verdict } from './types.ts';
import { decodeSegment, parseUrl, pathTricks, splitUrl, type Span } from './url.ts';

/** How deep redirect wrappers are followed (`google.com/url?q=` of `l.facebook.com/l.php?u=` of …). */
const maxRedirects = 3;

/** The listed web channel this host and path are under (longest path wins). */
function webChannel(platform: VerifyPlatform, hostname: string, pathname: string): ChannelFacts | undefined {
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

/** True when path segments start with a prefix's segments (`*` matches any one segment), case-insensitively. */
function startsWithSegments(segments: readonly string[], prefix: readonly string[]): boolean {
  return (
    segments.length >= prefix.length &&
    prefix.every((part, index) => part === '*' || part.toLowerCase() === (segments[index] ?? '').toLowerCase())
  );
}

/** Everything the decisions need about a link, read once. */
interface Link {
  text: string;
  url: URL;
  host: HostInfo;
  /** The host as written (before IDNA), and where. */
  rawHost: string;
  hostSpan: Span;
  /** Where the path (then query and fragment) starts in `text`. */
  restStart: number;
  /** The path as written, up to `?` or `#`. */
  rawPath: string;
  /** The path segments the browser opens, percent-decoded, without empty ones. */
  segments: string[];
  userinfo: string | null;
  /** The split agrees with `new URL()` on host and user name. */
  agrees: boolean;
  /** Invisible characters in the authority (user name, host, port). */
  hiddenInAuthority: boolean;
  fromPunycode: boolean;
}

/** The note saying the browser opens another path than the one written. */
function rawDiffers(link: Link): Note {
  return {
    code: 'raw-differs',
    params: {
      written: link.text.slice(link.hostSpan.start),
      opens: `${link.url.host}/${link.segments.join('/')}`,
    },
  };
}

/** A profile, number or invite link on a social network or messenger; `null` when the link names none of those. */
function checkSocial(link: Link, data: VerifyData, depthNote: Note[]): Verdict | null {
  const network = link.host.domain ? networkOfDomain(link.host.domain) : undefined;
  if (!network || !link.agrees || link.userinfo !== null || link.hiddenInAuthority) return null;
  const rawSegments = link.url.pathname.split('/');
  const target = linkTarget(network, link.host.subdomains, rawSegments, link.url.searchParams);
  const tricks = pathTricks(link.rawPath);
  if (target.kind === 'none') return null;
  if (target.kind === 'invite') {
    const parts = toParts(link.text, invisibles(link.text));
    return answer(outcome('unknown', null, 'invite-link', { network }), 'url', null, parts);
  }
  if (target.kind === 'phone') {
    const at = link.text.indexOf(target.number, link.restStart);
    const span =
      at >= 0 ? { start: at, end: at + target.number.length } : { start: link.restStart, end: link.text.length };
    const verdict = verifyPhone(link.text, span, data, network, true);
    if (verdict.verdict === 'official' && tricks.length) return downgrade(verdict, 'raw-differs', rawDiffers(link));
    verdict.kind = 'url';
    return verdict;
  }
  let handle: string;
  let span: Span;
  let post = false;
  if (target.kind === 'subdomain') {
    handle = target.label;
    span = { start: link.hostSpan.start, end: link.hostSpan.start + link.rawHost.search(/[.\u3002\uFF0E\uFF61]|$/) };
  } else {
    const segment = rawSegments[target.segment] ?? '';
    handle = decodeSegment(segment).slice(target.skip);
    post = target.post;
    // The raw segment lines up with the opened one only when the path holds no tricks.
    const rawParts = link.rawPath.split('/');
    let start = link.restStart;
    for (let index = 0; index < target.segment; index++) start += (rawParts[index] ?? '').length + 1;
    span = tricks.length
      ? { start: link.restStart, end: link.restStart + link.rawPath.length }
      : { start: start + target.skip, end: start + (rawParts[target.segment] ?? '').length };
  }
  // Compared as opened: lower case only, never NFKC (`ｂｉｎａｎｃｅ` opens another page than `binance`).
  const name = handle.toLowerCase();
  if (!/^[\p{L}\p{N}_.-]{1,100}$/u.test(name)) return null;
  let result = decideHandle(name, network, data);
  const notes = [...depthNote];
  const written = target.kind === 'subdomain' ? handle : link.text.slice(span.start, span.end);
  const encoded = target.kind !== 'subdomain' && !tricks.length && written.replace(/^@/, '') !== handle;
  if (tricks.length || encoded) notes.push(rawDiffers(link));
  const differs = tricks.length > 0 || encoded;
  const decided = result.verdict === 'lookalike' || result.verdict === 'known-fake';
  if (differs && !decided) {
    // What the written path shows (`x.com/binance/../evil` shows @binance) names the platform being used.
    const shown = matchName(decodeSegment(link.rawPath.replace(/%2e/gi, '.')), data, false);
    result = outcome('unknown', result.platform ?? shown?.platform ?? null, 'raw-differs', rawDiffers(link).params);
  }
  if (result.verdict === 'official' && post) {
    result = outcome('unknown', result.platform, 'post-link', { handle: name, network });
  }
  result.notes = notes.filter((note) => note.code !== result.code);
  const ranges: RoleRange[] = [
    { ...span, role: tricks.length ? 'misleading' : 'decisive' },
    ...disguises(link.text, span),
    ...invisibles(link.text),
  ];
  return answer(result, 'url', `${network}:@${name}`, toParts(link.text, ranges));
}

/** An official verdict turned into an unknown one with `code`, and a note. */
function downgrade(verdict: Verdict, code: 'raw-differs', note: Note): Verdict {
  return { ...verdict, verdict: 'unknown', reason: { code, params: note.params }, notes: verdict.notes };
}

/** Another site's address carried in the query or fragment (`?redirect=https://evil.example`): the page may send the reader there. */
function embeddedAddress(url: URL, owner: VerifyPlatform): string | null {
  const values = [...url.searchParams.values()];
  const hash = url.hash.slice(1);
  if (hash) values.push(...new URLSearchParams(hash).values(), decodeSegment(hash));
  for (const value of values) {
    const text = value.trim();
    const candidate = /^(?:https?:)?[/\\]{2}/i.test(text) ? text.replace(/^[/\\]{2}/, 'https://') : null;
    const parsed = candidate ? parseUrl(candidate) : null;
    if (!parsed?.hostname) continue;
    const host = describeHost(parsed.hostname);
    if (!owner.domains.some((domain) => isHostOn(host.hostname, domain))) return parsed.hostname;
  }
  return null;
}

/** The outcome for a link on a platform's own domain. */
function officialHost(link: Link, owner: VerifyPlatform): Outcome {
  const params = hostParams(link.host);
  if (link.userinfo !== null) return outcome('unknown', owner, 'userinfo', { ...params, userinfo: link.userinfo });
  if (link.hiddenInAuthority) return outcome('lookalike', owner, 'invisible-characters', params);
  if (!link.agrees) return outcome('invalid', owner, 'unparseable', params);
  // `kraken.com\@evil.example`: browsers end the host at the backslash; parsers that do not (mail
  // apps, messengers, RFC 3986) read a user name and go to evil.example.
  if (/^\\[^/?#]*@/.test(link.text.slice(link.restStart)))
    return outcome('unknown', owner, 'raw-differs', rawDiffers(link).params);
  if (link.host.punycode) return outcome('unknown', owner, 'punycode', params);
  const userContent = owner.userContent.find((entry) => startsWithSegments(link.segments, entry.segments));
  if (userContent) {
    const labels = Object.fromEntries(
      Object.entries(userContent.label).map(([locale, text]) => [`label.${locale}`, text]),
    );
    return outcome('unknown', owner, 'platform-user-content', { ...params, ...labels });
  }
  const embedded = embeddedAddress(link.url, owner);
  if (embedded) return outcome('unknown', owner, 'embedded-address', { ...params, embedded });
  const channel = webChannel(owner, link.host.hostname, link.url.pathname);
  if (channel) return outcome('official', owner, 'exact-match', params, channel);
  const code = link.host.hostname === link.host.domain ? 'official-domain' : 'subdomain-of-official';
  return outcome('official', owner, code, params);
}

/** True when `pathname` is `path` or under it (`/url` matches `/url` and `/url/x`; `/` matches everything). */
function onPath(pathname: string, path: string): boolean {
  const bare = path.replace(/\/$/, '');
  return pathname === bare || pathname.startsWith(`${bare}/`);
}

/** The destinations a redirect wrapper's query names, if the link is one. */
function redirectTargets(link: Link, data: VerifyData): string[] | null {
  const rule = data.hosts.redirects.find(
    (entry) => onHosts(link.host.hostname, entry.hosts) && entry.paths.some((path) => onPath(link.url.pathname, path)),
  );
  if (!rule) return null;
  const values = rule.params.flatMap((param) =>
    param === '' ? [decodeSegment(link.url.search.slice(1))] : link.url.searchParams.getAll(param),
  );
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** The user's part of a path on a host where anyone publishes (`github.com/<user>`), or `null` when the host is not one. */
function userContentName(link: Link, data: VerifyData): string | null {
  for (const entry of data.hosts.userContentPaths) {
    if (!isHostOn(link.host.hostname, entry.host)) continue;
    for (const path of entry.paths) {
      const prefix = path.split('/').filter(Boolean);
      if (!startsWithSegments(link.segments, prefix)) continue;
      const wild = prefix.indexOf('*');
      return link.segments[wild >= 0 ? wild : prefix.length] ?? '';
    }
  }
  return null;
}

/** A link that goes through a redirect wrapper: the destination's verdict, never official. */
function unwrap(link: Link, targets: string[], data: VerifyData, depth: number): Verdict {
  const via = link.host.hostname;
  const results = targets.map((target) => {
    const prefix = /^https?:/i.test(target) ? '' : target.startsWith('//') ? 'https:' : 'https://';
    return { target, verdict: verifyUrl(target, prefix, data, depth + 1) };
  });
  const worst = results.sort((a, b) => severity(b.verdict) - severity(a.verdict))[0];
  const ranges: RoleRange[] = [];
  for (const { target } of results) {
    const at = link.text.indexOf(target);
    if (at >= 0) ranges.push({ start: at, end: at + target.length, role: 'decisive' });
  }
  ranges.push(...invisibles(link.text));
  const parts = toParts(link.text, ranges);
  if (!worst) return answer(outcome('unknown', null, 'redirect', { via, destination: '' }), 'url', null, parts);
  const inner = worst.verdict;
  const notes: Note[] = [{ code: 'redirect', params: { via, destination: inner.normalized ?? worst.target } }];
  if (results.length > 1) {
    notes.push({ code: 'several-destinations', params: { count: String(results.length), value: worst.target } });
  }
  if (inner.verdict === 'official' || inner.verdict === 'invalid') {
    const platform = data.platforms.find((entry) => entry.id === inner.platform) ?? null;
    return answer(
      outcome('unknown', platform, 'redirect', { via, destination: inner.normalized ?? worst.target }),
      'url',
      inner.normalized,
      parts,
    );
  }
  return { ...inner, kind: 'url', notes: [...notes, ...inner.notes], parts };
}

/** How bad a verdict is, for choosing the one that decides among several. */
export function severity(verdict: Verdict): number {
  return { official: 0, unknown: 2, invalid: 1, lookalike: 3, 'known-fake': 4 }[verdict.verdict];
}

/** The outcome for a link that is not on a platform's domain. */
function foreignLink(link: Link, data: VerifyData, written: string): Outcome {
  const { host } = link;
  const listed = listedHost(host.hostname, data);
  if (listed) return listed;
  if (link.userinfo !== null) {
    const brand = matchName(link.userinfo, data, false);
    if (brand)
      return outcome('lookalike', brand.platform, 'userinfo', { ...hostParams(host), userinfo: link.userinfo });
  }
  if (onHosts(host.hostname, data.hosts.shorteners)) return outcome('unknown', null, 'shortener', hostParams(host));
  const site = userContentName(link, data);
  if (site !== null) {
    const match = site ? matchName(site, data) : null;
    const params = { ...hostParams(host), site };
    if (match && match.resemblance !== 'exact' && match.resemblance !== 'contains') {
      return outcome('lookalike', match.platform, 'brand-on-user-content', { ...params, brand: match.brand.name });
    }
    return outcome('unknown', match?.platform ?? null, 'user-content', params);
  }
  const judged = judgeHost(host, data, link.fromPunycode, written);
  if (judged) return judged;
  const path = link.segments.join('/') + ' ' + [...link.url.searchParams.values()].join(' ');
  const mention = matchName(path, data, false);
  if (onHosts(host.hostname, data.hosts.userContentSubdomains)) {
    const params = { ...hostParams(host), site: host.subdomains.join('.') };
    return outcome('unknown', mention?.platform ?? null, 'user-content', params);
  }
  if (mention) {
    return outcome('unknown', mention.platform, 'mentions', {
      ...hostParams(host),
      brand: mention.brand.name,
      where: 'path',
    });
  }
  return unknownHost(host, link.userinfo);
}

/** Checks an http(s) URL, or a bare domain when `prefix` is `https://`. */
export function verifyUrl(text: string, prefix: string, data: VerifyData, depth = 0): Verdict {
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
  if (browser && !/^https?:$/.test(browser.protocol))
    return invalid('unsupported-scheme', kind, text, { scheme: browser.protocol.slice(0, -1) });
  const hostname = browser?.hostname.replace(/\.$/, '');
  if (!browser || !hostname) return unreadableHost(text, cleanHost(rawHost), kind, data);

  const authority = { start: spans.userinfo ? shift(spans.userinfo).start : hostSpan.start, end: restStart };
  const userinfo = spans.userinfo ? text.slice(authority.start, hostSpan.start - 1) : null;
  const queryAt = rest.search(/[?#]/);
  const link: Link = {
    text,
    url: browser,
    host: describeHost(hostname),
    rawHost,
    hostSpan,
    restStart,
    rawPath: queryAt >= 0 ? rest.slice(0, queryAt) : rest,
    segments: browser.pathname.split('/').filter(Boolean).map(decodeSegment),
    userinfo,
    agrees:
      hostnameOf(rawHost)?.replace(/\.$/, '') === hostname &&
      (spans.userinfo !== null || (browser.username === '' && browser.password === '')),
    hiddenInAuthority: hasInvisible(text.slice(authority.start, authority.end)),
    fromPunycode: /(?:^|[.\u3002\uFF0E\uFF61])xn--/i.test(rawHost),
  };

  const social = checkSocial(link, data, []);
  if (social) return social;

  const app =
    link.agrees && !link.hiddenInAuthority && userinfo === null ? appChannel(hostname, browser.pathname, data) : null;
  const owner = ownerOfDomain(data, link.host.domain);
  let result: Outcome;
  if (app) result = app;
  else if (owner) result = officialHost(link, owner);
  else {
    const targets = depth < maxRedirects ? redirectTargets(link, data) : null;
    if (targets) return unwrap(link, targets, data, depth);
    result = foreignLink(link, data, rawHost);
  }
  const subdomainsMislead = result.code === 'brand-in-subdomain' || result.code === 'brand-split';
  const ranges: RoleRange[] = [];
  if (spans.userinfo) ranges.push({ ...shift(spans.userinfo), role: 'misleading' });
  ranges.push(...hostRanges(text, hostSpan, link.host, subdomainsMislead));
  if (result.code === 'mentions' && result.params['where'] === 'path') {
    ranges.push({ start: restStart, end: text.length, role: 'misleading' });
  }
  ranges.push(...disguises(text, authority));
  if (result.code === 'homoglyph' || result.code === 'punycode') {
    ranges.push(...misleadingChars(text, hostSpan.start, hostSpan.end, isDisguisedLetter));
  }
  ranges.push(...invisibles(text));
  return answer(result, kind, link.host.hostname, toParts(text, ranges));
}
