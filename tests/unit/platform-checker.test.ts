/** The checker on the real data: every listed channel is official, every unclear value is not, every fake is named. */
import { describe, expect, it } from 'vitest';
import { channelHref, channelText } from '../../src/lib/channels.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { buildVerifyData, verify } from '../../src/lib/verify/index.ts';

const platforms = loadPlatforms();
const data = buildVerifyData(platforms);

describe.each(platforms.map((platform) => [platform.id, platform] as const))('%s', (id, platform) => {
  it('has every listed channel checked as official, as that platform’s', () => {
    for (const channel of platform.channels) {
      // A social account is checked as its profile link, which names the network.
      const input = channel.kind === 'social' ? channelHref(channel) : channelText(channel);
      const result = verify(input, data);
      expect([result.verdict, result.platform], input).toEqual(['official', id]);
    }
  });

  it('has no unclear value checked as official', () => {
    for (const value of platform.unclear.flatMap((entry) => entry.values ?? [])) {
      const result = verify(value, data);
      expect(result.verdict, value).not.toBe('official');
      expect([result.verdict, result.reason.code], value).toEqual(['unknown', 'unclear']);
    }
  });

  it('has every known fake domain, address and number checked as a known fake', () => {
    for (const fake of platform['known-fakes']) {
      if (fake.kind !== 'handle') expect(verify(fake.value, data).verdict, fake.value).toBe('known-fake');
    }
  });
});
