/** The checker against its adversarial corpus: no false official, few false alarms, and the URL-reserialisation property. */
import { describe, expect, it } from 'vitest';
import { headlineMessage } from '../../src/lib/verify-message.ts';
import { verify } from '../../src/lib/verify/index.ts';
import { brandNamedSites, buildCorpus } from '../helpers/verify-corpus.ts';
import { data, platforms } from '../helpers/verify-data.ts';

const corpus = buildCorpus(platforms);

describe('the adversarial corpus', () => {
  it('has hundreds of inputs in every class', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(corpus.map((entry) => entry.kind));
    for (const kind of [
      'traversal',
      'mailto',
      'messenger',
      'redirect',
      'user-content',
      'script',
      'hidden',
      'brand-named',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('calls nothing official that leads elsewhere', () => {
    const wrong = corpus
      .filter((entry) => entry.official === false && verify(entry.input, data).verdict === 'official')
      .map((entry) => `${entry.kind}: ${entry.input}`);
    console.log(`false official: ${wrong.length} of ${corpus.filter((entry) => entry.official === false).length}`);
    expect(wrong).toEqual([]);
  });

  it('calls at most 1 in 10 unrelated brand-named sites a lookalike', () => {
    const alarms = brandNamedSites.filter((site) => {
      const result = verify(site, data);
      return result.verdict === 'lookalike' || result.verdict === 'known-fake';
    });
    console.log(`false alarms: ${alarms.length} of ${brandNamedSites.length} (${alarms.join(', ')})`);
    expect(alarms.length / brandNamedSites.length).toBeLessThanOrEqual(0.1);
  });
});

describe('the headline', () => {
  it('never says "not in our data" for a value the data holds', () => {
    const values = platforms.flatMap((platform) => [
      ...platform.domains,
      platform.name,
      ...(platform.aliases ?? []),
      ...platform.channels.map((channel) => (channel.kind === 'social' ? `@${channel.handle}` : channel.value)),
      ...platform['known-fakes'].map((fake) => (fake.kind === 'handle' ? `@${fake.handle}` : fake.value)),
      ...platform.unclear.flatMap((entry) => entry.values ?? []),
    ]);
    expect(values.length).toBeGreaterThan(150);
    const unnamed = values.filter((value) => {
      const result = verify(value, data);
      const name = data.platforms.find((platform) => platform.id === result.platform)?.name ?? '';
      const headline = headlineMessage(result, { name, networks: {}, locale: 'en', fallback: 'en' });
      return headline.key === 'verify.verdict.unknown';
    });
    expect(unnamed).toEqual([]);
  });
});

describe('the property', () => {
  const officials = corpus.filter((entry) => verify(entry.input, data).verdict === 'official');

  it('finds official inputs to test', () => {
    expect(officials.length).toBeGreaterThan(20);
  });

  it('keeps every official link official once new URL() re-serialises it', () => {
    for (const { input } of officials) {
      if (!/^https?:\/\//i.test(input)) continue;
      const again = new URL(input).href;
      expect({ input, again, verdict: verify(again, data).verdict }).toEqual({ input, again, verdict: 'official' });
    }
  });

  it('calls no dot-segment, encoded or backslash variant of a listed profile link official', () => {
    const variants: string[] = [];
    for (const { input, kind } of corpus) {
      if (kind !== 'profile' || verify(input, data).verdict !== 'official') continue;
      const url = new URL(/^https?:/.test(input) ? input : `https://${input}`);
      const [, first = ''] = url.pathname.split('/');
      const base = `${url.origin}/`;
      for (const path of [
        `${first}/../other`,
        `${first}/./../other`,
        `other/../${first}`,
        `${first}/%2e%2e/other`,
        `%2e%2e/${first}`,
        `${first}\\..\\other`,
        `${first}%2f..%2fother`,
        `${first}%5c`,
        `./${first}`,
        `%${first.charCodeAt(0).toString(16)}${first.slice(1)}`,
      ]) {
        variants.push(`${base}${path}`);
      }
    }
    expect(variants.length).toBeGreaterThan(0);
    const wrong = variants.filter((variant) => verify(variant, data).verdict === 'official');
    expect(wrong).toEqual([]);
  });
});
