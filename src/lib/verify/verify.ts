/** The channel verifier: is a link, domain, email address, phone number or handle official, a known fake, a lookalike or unknown? */
import { answer, hiddenChars, invalid, outcome } from './answer.ts';
import { mailtoRecipients, verifyAddress } from './check-email.ts';
import { verifyHandle } from './check-handle.ts';
import { verifyPhone } from './check-phone.ts';
import { severity, verifyUrl } from './check-url.ts';
import type { VerifyData } from './data.ts';
import { destinationSpan, splitDestinations, trimInput } from './input.ts';
import { clean, hasInvisible } from './normalize.ts';
import { forgetMatches } from './match.ts';
import { findPhone } from './phone.ts';
import { toParts, type RoleRange } from './parts.ts';
import type { SocialNetwork } from './social.ts';
import type { InputKind, Note, Verdict } from './types.ts';
import type { Span } from './url.ts';

/** Longest input read, in UTF-16 units, counted on exactly what was pasted; longer input is "too long", never cut. */
export const maxInputLength = 2048;

/** Choices the reader made beside the input: the network of a bare handle. */
export interface VerifyOptions {
  network?: SocialNetwork;
}

/** A bare email address, or `Name <address>`; the last `@` separates the domain. */
const emailShape = /^(?:[^\s@/\\]+@[^\s@/\\?#<>]+|[^<>]*<[^\s<>@]+@[^\s<>@]+>)$/;

/** Messenger links that carry a phone number or an account: `whatsapp://send?phone=`, `viber://chat?number=`, `tg://resolve?domain=`. */
function appLink(text: string, scheme: string, data: VerifyData): Verdict | null {
  const query = text.indexOf('?');
  const params = new URLSearchParams(query >= 0 ? text.slice(query + 1) : '');
  const locate = (name: string): Span | null => {
    const value = params.get(name);
    if (value === null) return null;
    const at = text.indexOf(`${name}=`, query);
    const start = at + name.length + 1;
    const raw = text.slice(start).split(/[&#]/)[0] ?? '';
    return { start, end: start + raw.length };
  };
  const at = (name: string, route: 'whatsapp' | 'viber') => {
    const span = locate(name);
    return span
      ? { ...verifyPhone(text, span, data, route, true, params.get(name) ?? ''), kind: 'url' as const }
      : null;
  };
  if (scheme === 'whatsapp') return at('phone', 'whatsapp');
  if (scheme === 'viber') return at('number', 'viber');
  if (scheme === 'tg') {
    const span = locate('domain');
    if (span) return { ...verifyHandle(text, span, 'telegram', data), kind: 'url' };
    const phone = locate('phone');
    return phone
      ? { ...verifyPhone(text, phone, data, 'telegram', true, params.get('phone') ?? ''), kind: 'url' }
      : null;
  }
  return null;
}

/** The verdict for several destinations: official only when every one is; otherwise the worst, naming it. */
function several(text: string, items: { span: Span; verdict: Verdict }[], kind: InputKind | null): Verdict {
  const ranked = [...items].sort((a, b) => severity(b.verdict) - severity(a.verdict));
  const worst = ranked[0];
  if (!worst) return invalid('unparseable', kind, text);
  const ranges: RoleRange[] = [];
  for (const { span, verdict } of items) {
    let position = span.start;
    for (const part of verdict.parts) {
      if (part.role !== 'plain') ranges.push({ start: position, end: position + part.text.length, role: part.role });
      position += part.text.length;
    }
  }
  const value = text.slice(worst.span.start, worst.span.end);
  const note: Note = {
    code: 'several-destinations',
    params: {
      count: String(items.length),
      value,
      official: String(items.every(({ verdict }) => verdict.verdict === 'official')),
    },
  };
  return {
    ...worst.verdict,
    kind: kind ?? worst.verdict.kind,
    notes: [note, ...worst.verdict.notes],
    parts: toParts(text, ranges),
  };
}

/** Checks one destination: the text is already trimmed and stripped of wrappers. */
function verifyOne(text: string, data: VerifyData, options: VerifyOptions): Verdict {
  const lower = text.toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(lower)?.[1];
  if (scheme === 'mailto') {
    const recipients = mailtoRecipients(text);
    const items = recipients.map(({ address, span }) => {
      const verdict = verifyAddress(address, { start: 0, end: address.length }, data);
      return { span: span ?? { start: 0, end: 0 }, verdict: span ? verdict : { ...verdict, parts: [] } };
    });
    if (items.length === 0) return invalid('unparseable', 'email', text);
    if (items.length === 1 && items[0]) {
      const only = items[0];
      return { ...only.verdict, parts: toParts(text, [{ ...only.span, role: 'decisive' }]) };
    }
    return several(text, items, 'email');
  }
  if (scheme === 'tel' || scheme === 'sms') {
    const body = text.slice(scheme.length + 1).replace(/^\/\//, '');
    const offset = text.length - body.length;
    const numbers = body.split(/[?;]/)[0] ?? '';
    const items: { span: Span; verdict: Verdict }[] = [];
    let position = 0;
    for (const piece of numbers.split(',')) {
      const start = offset + numbers.indexOf(piece, position);
      position = start - offset + piece.length;
      if (piece.trim())
        items.push({
          span: { start, end: start + piece.length },
          verdict: verifyPhone(text, { start, end: start + piece.length }, data),
        });
    }
    if (items.length === 0) return invalid('unparseable', 'phone', text);
    return items.length === 1 && items[0] ? items[0].verdict : several(text, items, 'phone');
  }
  if (scheme === 'http' || scheme === 'https') return verifyUrl(text, '', data);
  if (scheme === 'whatsapp' || scheme === 'viber' || scheme === 'tg') {
    return appLink(text, scheme, data) ?? invalid('unsupported-scheme', 'url', text, { scheme });
  }
  // `kraken.com:443` and `localhost:8080` are hosts with ports, not schemes.
  if (scheme && !scheme.includes('.') && !/^[a-z][a-z0-9+.-]*:\d/.test(lower) && !text.includes('@')) {
    return invalid('unsupported-scheme', 'url', text, { scheme });
  }
  if (text.startsWith('//')) return verifyUrl(text, 'https:', data);
  if (emailShape.test(text)) return verifyAddress(text, { start: 0, end: text.length }, data);
  if (text.startsWith('@')) return verifyHandle(text, { start: 1, end: text.length }, options.network ?? null, data);
  const phone = findPhone(text) ?? (findPhone(clean(text)) ? { start: 0, end: text.length } : null);
  if (phone) return verifyPhone(text, phone, data);
  if (/[.:/\\\u3002\uFF0E\uFF61[]/.test(text)) return verifyUrl(text, 'https://', data);
  if (/^[\p{L}\p{N}_.-]+$/u.test(clean(text))) {
    return verifyHandle(text, { start: 0, end: text.length }, options.network ?? null, data);
  }
  return invalid('unparseable', null, text);
}

/**
 * Checks one input. Official only when it is exactly an official channel as the reader's browser,
 * mail app or messenger will open it: a link whose canonical host is on a platform's domain (no user
 * name before `@`, no IDN label, no hidden characters), not a path where any user publishes; a
 * profile link whose canonical path names a listed account, written without tricks; every recipient
 * of an email on an official domain; a listed E.164 number; a listed network + handle. Everything
 * else is a known fake, a lookalike (naming the platform it imitates), unknown, or invalid.
 */
export function verify(input: string, data: VerifyData, options: VerifyOptions = {}): Verdict {
  forgetMatches(data);
  if (input.length > maxInputLength) {
    return invalid('too-long', null, trimInput(input), { max: String(maxInputLength), length: String(input.length) });
  }
  const text = trimInput(input);
  if (text === '') return invalid('empty', null, '');
  const destination = destinationSpan(text);
  const inner = text.slice(destination.start, destination.end);
  if (inner === '') return invalid('unparseable', null, text);
  const pieces = splitDestinations(inner);
  let result: Verdict;
  let offset = destination.start;
  if (pieces.length > 1) {
    const items = pieces.map((span) => ({
      span,
      verdict: verifyOne(inner.slice(span.start, span.end), data, options),
    }));
    result = several(inner, items, null);
  } else if (pieces.length === 1 && pieces[0]) {
    const span = pieces[0];
    offset += span.start;
    result = verifyOne(inner.slice(span.start, span.end), data, options);
  } else {
    result = verifyOne(inner, data, options);
  }
  result = withHidden(result, text, data);
  // The parts cover the whole input: what was set aside around the destination is plain.
  const checked = result.parts.map((part) => part.text).join('');
  const before = text.slice(0, offset);
  const after = text.slice(offset + checked.length);
  const parts = [
    ...(before ? [{ text: before, role: 'plain' as const }] : []),
    ...result.parts,
    ...(after ? [{ text: after, role: 'plain' as const }] : []),
  ];
  return { ...result, parts: checked === text.slice(offset, offset + checked.length) ? parts : toParts(text, []) };
}

/**
 * The text roughly as a screen shows it: what follows a right-to-left override or embedding
 * (U+202E, U+202B, U+2067) up to its end (U+202C, U+2069) reversed, other hidden characters removed.
 */
export function visualOrder(text: string): string {
  return text
    .replace(/[\u202B\u202E\u2067]([^\u202C\u2069]*)[\u202C\u2069]?/gu, (_, run: string) =>
      Array.from(run).reverse().join(''),
    )
    .replace(/[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu, '');
}

/** Hidden (invisible or bidi control) characters anywhere in the input are a reason of their own, and never official. */
function withHidden(result: Verdict, text: string, data: VerifyData): Verdict {
  if (!hasInvisible(text)) return result;
  const chars = hiddenChars(text);
  if (result.reason.code === 'invisible-characters') {
    return { ...result, reason: { ...result.reason, params: { ...result.reason.params, chars } } };
  }
  if (result.verdict === 'invalid' || (result.verdict === 'unknown' && result.platform === null)) {
    // What the reader sees may name a platform that the characters as stored do not: judge the visible text too.
    const seen = visualOrder(text);
    const shown = seen !== text ? verifyOne(seen, data, {}) : null;
    const platform = shown && shown.verdict !== 'invalid' ? (shown.platform ?? null) : null;
    const found = data.platforms.find((entry) => entry.id === platform) ?? null;
    const verdict = found ? 'lookalike' : 'unknown';
    return {
      ...answer(
        outcome(verdict, found, 'invisible-characters', { chars }),
        result.kind,
        result.normalized,
        result.parts,
      ),
      notes: result.notes,
    };
  }
  if (result.verdict === 'official') {
    const downgraded = answer(
      outcome('unknown', null, 'invisible-characters', { ...result.reason.params, chars }),
      result.kind,
      result.normalized,
      result.parts,
    );
    return { ...downgraded, platform: result.platform, notes: result.notes };
  }
  return { ...result, notes: [...result.notes, { code: 'invisible-characters', params: { chars } }] };
}
