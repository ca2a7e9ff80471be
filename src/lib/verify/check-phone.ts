/** Checks a phone number (bare or `tel:`) against listed numbers, known fakes and unclear numbers. */
import { answer, fakeParams, invisibles, outcome, type Outcome } from './answer.ts';
import type { VerifyData } from './data.ts';
import { clean } from './normalize.ts';
import { toParts } from './parts.ts';
import { normalizePhone } from './phone.ts';
import type { Verdict } from './types.ts';

/** The outcome for an E.164 number: only an exact listed number is official. */
function decide(e164: string, params: Record<string, string>, data: VerifyData): Outcome {
  for (const platform of data.platforms) {
    const channel = platform.phones.find((entry) => entry.e164 === e164)?.channel;
    if (channel) return outcome('official', platform, 'exact-match', params, channel);
  }
  for (const platform of data.platforms) {
    const fake = platform.fakes.find((entry) => entry.kind === 'phone' && entry.value === e164);
    if (fake) return outcome('known-fake', platform, 'known-fake', { ...params, ...fakeParams(fake) });
  }
  for (const platform of data.platforms) {
    if (platform.unclear.some((entry) => entry.kind === 'phone' && entry.value === e164)) {
      return outcome('unknown', platform, 'unclear', { ...params, value: e164 });
    }
  }
  return outcome('unknown', null, 'not-in-data', params);
}

/** Checks a phone number after `prefix` characters (`tel:`). */
export function verifyPhone(text: string, prefix: number, data: VerifyData): Verdict {
  const parts = toParts(text, [{ start: prefix, end: text.length, role: 'decisive' }, ...invisibles(text)]);
  const result = normalizePhone(clean(text.slice(prefix)));
  if (!result.ok) {
    const verdict = result.code === 'no-country-code' ? 'unknown' : 'invalid';
    return answer(outcome(verdict, null, result.code), 'phone', null, parts);
  }
  const params: Record<string, string> = { number: result.e164 };
  if (result.assumedNanp) params['assumed'] = 'nanp';
  return answer(decide(result.e164, params, data), 'phone', result.e164, parts);
}
