/** Outcomes and highlights for hosts, shared by links and email addresses. */
import { answer, disguises, fakeParams, invalid, isDisguisedLetter, outcome, type Outcome } from './answer.ts';
import { isHostOn, type VerifyData, type VerifyPlatform } from './data.ts';
import { describeHost, registrableOffset, type HostInfo } from './host.ts';
import { matchHost } from './match.ts';
import { toParts, type RoleRange } from './parts.ts';
import { isMixedScript, scriptsOf } from './scripts.ts';
import type { InputKind, Verdict } from './types.ts';
import type { Span } from './url.ts';

/** Parameters describing a host for the reason sentence (`official` is the platform's first domain). */
export function hostParams(host: HostInfo, platform: VerifyPlatform | null): Record<string, string> {
  const params: Record<string, string> = { domain: host.domain ?? host.hostname, host: host.hostname };
  if (host.unicode !== host.hostname) params['unicode'] = host.unicode;
  if (platform) params['official'] = platform.domains[0] ?? '';
  return params;
}

/** Extra parameters for homoglyph reasons: the disguised characters and the scripts of the name. */
function homoglyphParams(host: HostInfo): Record<string, string> {
  const chars = [...new Set(Array.from(host.unicode).filter(isDisguisedLetter))];
  return { chars: chars.join(' '), scripts: scriptsOf(host.label).join(', ') };
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

/**
 * The outcome for a host that is not official: listed, or imitating a brand. `written` is the host
 * as the reader saw it (before IDNA), compared too: IDNA maps some lookalikes away (Greek `ϲ`
 * becomes `σ`), but the reader saw the lookalike.
 */
export function foreignHost(host: HostInfo, data: VerifyData, fromPunycode: boolean, written: string): Outcome | null {
  const listed = listedHost(host.hostname, data);
  if (listed) return listed;
  const seen = written && written !== host.unicode ? describeHost(written) : null;
  const match = matchHost(host, data, fromPunycode) ?? (seen ? matchHost(seen, data) : null);
  if (!match) return null;
  const params = { ...hostParams(host, match.platform), brand: match.brand.name };
  const extra = match.code === 'homoglyph' || match.code === 'punycode' ? homoglyphParams(host) : {};
  return outcome('lookalike', match.platform, match.code, { ...params, ...extra });
}

/** The unknown outcome for a host nothing matched, with the most useful reason. */
export function unknownHost(host: HostInfo, invisible: boolean, userinfo: string | null): Outcome {
  const params = hostParams(host, null);
  if (invisible) return outcome('unknown', null, 'invisible-characters', params);
  if (userinfo !== null) return outcome('unknown', null, 'userinfo', { ...params, userinfo });
  if (host.isIp) return outcome('unknown', null, 'ip-address', params);
  if ([...host.subdomains, host.label].some(isMixedScript)) {
    return outcome('unknown', null, 'mixed-script', { ...params, ...homoglyphParams(host) });
  }
  return outcome('unknown', null, 'not-in-data', params);
}

/** Verdict for text whose host no URL parser accepts: a lookalike if a brand shows through, else invalid. */
export function unreadableHost(text: string, cleanedHost: string, kind: InputKind, data: VerifyData): Verdict {
  const host = describeHost(cleanedHost.replace(/[\s/\\?#@:%]/g, ''));
  const match = host.label ? matchHost(host, data) : null;
  if (!match) return invalid('unparseable', kind, text);
  const params = { ...hostParams(host, match.platform), brand: match.brand.name, unparseable: 'true' };
  const parts = toParts(text, disguises(text, { start: 0, end: text.length }));
  return answer(outcome('lookalike', match.platform, match.code, params), kind, null, parts);
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
