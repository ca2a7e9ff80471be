/**
 * The checker against the platform data itself: for every platform of content/platforms/, each
 * listed channel is named official for that platform, each unclear value is never called official,
 * and each known fake is named a fake (or a lookalike) of that platform.
 */
import { describe, expect, it } from 'vitest';
import { channelText } from '../../src/lib/channels.ts';
import { verify } from '../../src/lib/verify/index.ts';
import { data, platforms } from '../helpers/verify-data.ts';

const summary = (input: string, network?: Parameters<typeof verify>[2]) => {
  const result = verify(input, data, network);
  return `${result.verdict} ${result.platform ?? '-'}`;
};

describe.each(platforms.map((platform) => [platform.id, platform] as const))('%s', (id, platform) => {
  it('every listed channel is official, for this platform', () => {
    for (const channel of platform.channels) {
      const input = channel.kind === 'social' ? `@${channel.handle}` : channelText(channel);
      const options = channel.kind === 'social' ? { network: channel.network } : undefined;
      expect(summary(input, options), `${channel.kind} ${input}`).toBe(`official ${id}`);
    }
  });

  it('no unclear value is called official', () => {
    for (const fact of platform.unclear) {
      for (const value of fact.values ?? []) {
        expect(verify(value, data).verdict, `${fact.kind} ${value}`).not.toBe('official');
      }
    }
  });

  it('every known fake is named a fake or a lookalike of this platform', () => {
    for (const fake of platform['known-fakes']) {
      const input = fake.kind === 'handle' ? `@${fake.handle}` : fake.value;
      const options = fake.kind === 'handle' ? { network: fake.network } : undefined;
      expect(
        ['known-fake', 'lookalike'].map((verdict) => `${verdict} ${id}`),
        `${fake.kind} ${input}`,
      ).toContain(summary(input, options));
    }
  });
});

it('covers the fifteen platforms', () => {
  expect(platforms.length).toBeGreaterThanOrEqual(15);
});
