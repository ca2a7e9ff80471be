/** Checks a phone number (bare, with words around it, `tel:`, `sms:`, or in a messenger link) against the data. */
import { answer, fakeParams, invisibles, outcome, type Outcome } from './answer.ts';
import type { VerifyData } from './data.ts';
import { clean } from './normalize.ts';
import { toParts, type RoleRange } from './parts.ts';
import { normalizePhone } from './phone.ts';
import type { SocialNetwork } from './social.ts';
import type { Verdict } from './types.ts';
import type { Span } from './url.ts';

/** How the number is reached: a call or text, or a chat on a messenger. */
export type PhoneRoute = 'call' | SocialNetwork | 'viber';

/** The outcome for an E.164 number: only an exact listed number is official, and on a messenger only where the platform lists it there. */
function decide(e164: string, route: PhoneRoute, params: Record<string, string>, data: VerifyData): Outcome {
  for (const platform of data.platforms) {
    const fake = platform.fakes.find((entry) => entry.kind === 'phone' && entry.value === e164);
    if (fake) return outcome('known-fake', platform, 'known-fake', { ...params, ...fakeParams(fake) });
  }
  const digits = e164.slice(1);
  for (const platform of data.platforms) {
    if (route === 'call') {
      const channel = platform.phones.find((entry) => entry.e164 === e164)?.channel;
      if (channel) return outcome('official', platform, 'exact-match', params, channel);
    } else {
      const handle = platform.handles.find(
        (entry) => entry.network === route && entry.handle.replace(/^\+/, '') === digits,
      );
      if (handle) return outcome('official', platform, 'exact-match', params, handle.channel);
      if (platform.phones.some((entry) => entry.e164 === e164)) {
        return outcome('unknown', platform, 'not-on-messenger', { ...params, network: route });
      }
    }
  }
  for (const platform of data.platforms) {
    if (platform.unclear.some((entry) => entry.kind === 'phone' && entry.value === e164)) {
      return outcome('unknown', platform, 'unclear', { ...params, value: e164 });
    }
  }
  return outcome('unknown', null, 'not-in-data', params);
}

/**
 * Checks the phone number at `span` of `text`, reached by `route`. `international`: the number is
 * written without `+` but always with its country code (WhatsApp's `wa.me/18557370477`); `value`:
 * the number when the text at `span` is encoded (`%2B1…`).
 */
export function verifyPhone(
  text: string,
  span: Span,
  data: VerifyData,
  route: PhoneRoute = 'call',
  international = false,
  value?: string,
): Verdict {
  const ranges: RoleRange[] = [{ ...span, role: 'decisive' }, ...invisibles(text)];
  const parts = toParts(text, ranges);
  const written = clean(value ?? text.slice(span.start, span.end)).trim();
  const result = normalizePhone(international && !/^(?:\+|00)/.test(written) ? `+${written}` : written);
  if (!result.ok) {
    const verdict = result.code === 'no-country-code' ? 'unknown' : 'invalid';
    return answer(outcome(verdict, null, result.code), 'phone', null, parts);
  }
  const params: Record<string, string> = { number: result.e164 };
  if (result.assumedNanp) params['assumed'] = 'nanp';
  if (route !== 'call') params['network'] = route;
  return answer(decide(result.e164, route, params, data), 'phone', result.e164, parts);
}
