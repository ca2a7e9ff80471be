/** Checks a social account: `@name`, a bare name, or the name a profile link opens (`https://t.me/notoscam`). */
import { answer, disguises, fakeParams, invalid, invisibles, outcome, type Outcome } from './answer.ts';
import type { Brand, VerifyData, VerifyPlatform } from './data.ts';
import { editDistance } from './distance.ts';
import { matchName, prepareName, resemble, wordsOf } from './match.ts';
import { clean, hasInvisible } from './normalize.ts';
import { toParts } from './parts.ts';
import { isMixedScript, scriptsOf } from './scripts.ts';
import type { SocialNetwork } from './social.ts';
import type { Verdict } from './types.ts';
import type { Span } from './url.ts';

/** An official handle as a brand, so the brand rules apply to it (`notoscam_official` is the handle with a lure word). */
function handleBrand(handle: string): Brand {
  return { name: handle, keys: prepareName(handle).keys, source: 'name', suffixes: [] };
}

/** A handle that imitates an official handle (on the same network, or any when unknown) or a platform's name. */
function handleLookalike(
  handle: string,
  network: SocialNetwork | null,
  data: VerifyData,
): { platform: VerifyPlatform; code: 'homoglyph' | 'typo' | 'brand-in-handle'; official: string } | null {
  const name = prepareName(handle);
  const words = wordsOf(data);
  for (const platform of data.platforms) {
    const handles = platform.handles.filter((entry) => network === null || entry.network === network);
    for (const entry of handles) {
      const resemblance = resemble(name, handleBrand(entry.handle), words);
      // One edit of a short handle is only a typo when the handle is long enough to tell.
      const short = entry.handle.length < 5 && editDistance(name.text, entry.handle) > 0;
      if (resemblance === 'homoglyph') return { platform, code: 'homoglyph', official: entry.handle };
      if (resemblance === 'typo' && !short) return { platform, code: 'typo', official: entry.handle };
      if (resemblance === 'lure') return { platform, code: 'brand-in-handle', official: entry.handle };
    }
  }
  const match = matchName(handle, data);
  if (!match) return null;
  if (match.resemblance === 'homoglyph') return { platform: match.platform, code: 'homoglyph', official: '' };
  if (match.resemblance === 'typo' && match.brand.name.length >= 5) {
    return { platform: match.platform, code: 'typo', official: '' };
  }
  if (match.resemblance === 'lure') return { platform: match.platform, code: 'brand-in-handle', official: '' };
  return null;
}

/** The outcome for a handle: exactly listed (official only with its network), a known fake, imitating, or unknown. */
export function decideHandle(handle: string, network: SocialNetwork | null, data: VerifyData): Outcome {
  const base: Record<string, string> = network ? { handle, network } : { handle };
  const listed = data.platforms.flatMap((platform) =>
    platform.handles.filter((entry) => entry.handle === handle).map((entry) => ({ platform, entry })),
  );
  const exact = listed.find(({ entry }) => entry.network === network);
  if (exact) return outcome('official', exact.platform, 'exact-match', base, exact.entry.channel);
  const first = listed[0];
  if (first) {
    // Listed on other networks only (or no network given): official there, and nowhere else.
    const networks = [...new Set(listed.map(({ entry }) => entry.network))].join(', ');
    return outcome('unknown', first.platform, 'handle-needs-network', { ...base, networks }, first.entry.channel);
  }
  for (const platform of data.platforms) {
    const fake = platform.fakes.find(
      (entry) => entry.kind === 'handle' && entry.value === handle && (network === null || entry.network === network),
    );
    if (fake) return outcome('known-fake', platform, 'known-fake', { ...base, ...fakeParams(fake) });
  }
  const lookalike = handleLookalike(handle, network, data);
  if (lookalike) {
    const params = lookalike.official ? { ...base, official: `@${lookalike.official}` } : base;
    return outcome('lookalike', lookalike.platform, lookalike.code, params);
  }
  const named = matchName(handle, data, false);
  if (named) return outcome('unknown', named.platform, 'named-handle', { ...base, brand: named.brand.name });
  // A platform's own name that is a generic word (`Gate`) is still its name when typed alone.
  const owner = data.platforms.find((platform) => platform.name.toLowerCase() === handle);
  if (owner) return outcome('unknown', owner, 'named-handle', { ...base, brand: handle });
  if (isMixedScript(handle)) {
    return outcome('unknown', null, 'mixed-script', { ...base, scripts: scriptsOf(handle).join(', ') });
  }
  return outcome('unknown', null, 'not-in-data', base);
}

/** Checks a handle at `span` of `text` (a bare `@name` or name), on `network` when known (`@binance` alone names no network). */
export function verifyHandle(text: string, span: Span, network: SocialNetwork | null, data: VerifyData): Verdict {
  const raw = text.slice(span.start, span.end);
  const handle = clean(raw).replace(/^@/, '');
  if (!/^[\p{L}\p{N}_.-]{1,100}$/u.test(handle)) return invalid('unparseable', 'handle', text);
  let result = decideHandle(handle, network, data);
  // A handle is typed by the reader: characters that change under NFKC or hide are a disguise.
  if (result.verdict === 'official' && (hasInvisible(raw) || raw.normalize('NFKC') !== raw)) {
    result = outcome('lookalike', result.platform, 'invisible-characters', { handle });
  }
  const parts = toParts(text, [{ ...span, role: 'decisive' }, ...disguises(text, span), ...invisibles(text)]);
  return answer(result, 'handle', network ? `${network}:@${handle}` : `@${handle}`, parts);
}
