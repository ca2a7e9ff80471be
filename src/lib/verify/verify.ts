/** The channel verifier: is a link, domain, email address, phone number or handle official, a known fake, a lookalike or unknown? */
import { invalid } from './answer.ts';
import { verifyEmail } from './check-email.ts';
import { verifyHandle } from './check-handle.ts';
import { verifyPhone } from './check-phone.ts';
import { verifyUrl } from './check-url.ts';
import type { VerifyData } from './data.ts';
import { clean } from './normalize.ts';
import { looksLikePhone } from './phone.ts';
import type { Verdict } from './types.ts';

/** Longest input read, in UTF-16 units; links browsers keep are far shorter. */
export const maxInputLength = 2048;

/** A bare email address, or `Name <address>`; the last `@` separates the domain. */
const emailShape = /^(?:[^\s@/\\]+@[^\s@/\\?#<>]+|[^<>]*<[^\s<>@]+@[^\s<>@]+>)$/;

/**
 * Checks one input. Official only when it is exactly an official channel: a link or domain whose
 * registrable domain (after IDNA, as the browser reads it) is a platform's, with no user name before
 * `@`, no invisible characters and no IDN label; an email address on such a domain (listed or not:
 * the reason says which); a listed E.164 number; a listed network + handle. Everything else is a
 * known fake, a lookalike (naming the platform it imitates), unknown, or invalid.
 */
export function verify(input: string, data: VerifyData): Verdict {
  const text = input.trim();
  if (text === '') return invalid('empty', null, '');
  if (text.length > maxInputLength) return invalid('too-long', null, text, { max: String(maxInputLength) });
  const lower = text.toLowerCase();
  if (lower.startsWith('mailto:')) return verifyEmail(text, 'mailto:'.length, data);
  if (lower.startsWith('tel:')) return verifyPhone(text, 'tel:'.length, data);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(lower)?.[1];
  if (scheme === 'http' || scheme === 'https') return verifyUrl(text, '', data);
  // `kraken.com:443` and `localhost:8080` are hosts with ports, not schemes.
  if (scheme && !scheme.includes('.') && !/^[a-z][a-z0-9+.-]*:\d/.test(lower) && !text.includes('@')) {
    return invalid('unsupported-scheme', 'url', text, { scheme });
  }
  if (emailShape.test(text)) return verifyEmail(text, 0, data);
  if (text.startsWith('@')) return verifyHandle(text, { start: 1, end: text.length }, null, data);
  if (looksLikePhone(clean(text))) return verifyPhone(text, 0, data);
  if (/[.:/\\\u3002\uFF0E\uFF61[]/.test(text)) return verifyUrl(text, 'https://', data);
  if (/^[\p{L}\p{N}_.-]+$/u.test(clean(text))) return verifyHandle(text, { start: 0, end: text.length }, null, data);
  return invalid('unparseable', null, text);
}
