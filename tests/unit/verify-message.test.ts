import { describe, expect, it } from 'vitest';
import { reasonMessage } from '../../src/lib/verify-message.ts';
import type { Verdict } from '../../src/lib/verify/types.ts';

const verdict = (code: string, kind: Verdict['kind'], params: Record<string, string> = {}) =>
  ({
    verdict: 'lookalike',
    kind,
    platform: 'kraken',
    reason: { code, params },
    normalized: null,
    parts: [],
  }) as unknown as Verdict;

describe('reasonMessage', () => {
  it('uses the reason code as the key, with the platform name', () => {
    expect(
      reasonMessage(verdict('typo', 'domain', { domain: 'krakem.com', official: 'kraken.com' }), 'Kraken'),
    ).toEqual({
      key: 'verify.reason.typo',
      params: { domain: 'krakem.com', official: 'kraken.com', name: 'Kraken', shown: 'krakem.com', chars: '' },
    });
  });
  it('words an email on an official domain differently from a site', () => {
    expect(reasonMessage(verdict('official-domain', 'email'), 'Gemini').key).toBe(
      'verify.reason.official-domain.email',
    );
    expect(reasonMessage(verdict('official-domain', 'url'), 'Gemini').key).toBe('verify.reason.official-domain');
  });
  it('says which brand an encoded name imitates only when it imitates one', () => {
    const imitation = {
      host: 'xn--krken-x.com',
      unicode: 'krаken.com',
      official: 'kraken.com',
      domain: 'xn--krken-x.com',
    };
    expect(reasonMessage(verdict('punycode', 'url', imitation), 'Kraken').key).toBe('verify.reason.punycode');
    expect(reasonMessage(verdict('punycode', 'url', { domain: 'evil.example' }), '').key).toBe(
      'verify.reason.punycode.plain',
    );
  });
  it('shows a handle with its @', () => {
    expect(reasonMessage(verdict('typo', 'handle', { handle: 'binanse' }), 'Binance').params['shown']).toBe('@binanse');
  });
});
