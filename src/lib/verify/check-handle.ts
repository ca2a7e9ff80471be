/** Checks a social account: `@name`, a bare name, or the name in a profile link (`https://t.me/notoscam`). */
import { answer, disguises, fakeParams, invalid, invisibles, outcome, safeDecode, type Outcome } from './answer.ts';
import type { VerifyData } from './data.ts';
import { matchText, prepareName, resemble, type BrandMatch } from './match.ts';
import { clean, hasInvisible } from './normalize.ts';
import { toParts } from './parts.ts';
import { isMixedScript, scriptsOf } from './scripts.ts';
import { locateHandle, type SocialNetwork } from './social.ts';
import type { Verdict } from './types.ts';
import type { Span } from './url.ts';

/** A handle that imitates an official handle (on the same network, or any when unknown) or a brand name. */
function handleLookalike(
  handle: string,
  network: SocialNetwork | null,
  data: VerifyData,
): (BrandMatch<'homoglyph' | 'typo'> & { official: string }) | null {
  const name = prepareName(handle);
  for (const platform of data.platforms) {
    const handles = platform.handles
      .filter((entry) => network === null || entry.network === network)
      .map((entry) => ({ name: entry.handle, fold: prepareName(entry.handle).fold, official: `@${entry.handle}` }));
    const brands = platform.brands.map((brand) => ({ ...brand, official: platform.domains[0] ?? brand.name }));
    for (const target of [...handles, ...brands]) {
      const resemblance = resemble(name, target, { typos: true });
      if (resemblance === 'homoglyph' || resemblance === 'typo') {
        const brand = platform.brands[0] ?? target;
        return { platform, brand, code: resemblance, official: target.official };
      }
    }
  }
  return null;
}

/** The outcome for a handle: exactly listed (official only with its network), a known fake, imitating, or unknown. */
function decide(handle: string, network: SocialNetwork | null, invisible: boolean, data: VerifyData): Outcome {
  const base: Record<string, string> = network ? { handle, network } : { handle };
  const exact = data.platforms.flatMap((platform) =>
    platform.handles
      .filter((entry) => entry.handle === handle && (network === null || entry.network === network))
      .map((entry) => ({ platform, entry })),
  );
  const first = exact[0];
  if (first) {
    if (invisible) return outcome('lookalike', first.platform, 'invisible-characters', base);
    if (network) return outcome('official', first.platform, 'exact-match', base, first.entry.channel);
    const networks = [...new Set(exact.map(({ entry }) => entry.network))].join(', ');
    return outcome('unknown', first.platform, 'handle-needs-network', { ...base, networks });
  }
  for (const platform of data.platforms) {
    const fake = platform.fakes.find(
      (entry) => entry.kind === 'handle' && entry.value === handle && (network === null || entry.network === network),
    );
    if (fake) return outcome('known-fake', platform, 'known-fake', { ...base, ...fakeParams(fake) });
  }
  const lookalike = handleLookalike(handle, network, data);
  if (lookalike) {
    const params = { ...base, brand: lookalike.brand.name, official: lookalike.official };
    return outcome('lookalike', lookalike.platform, lookalike.code, params);
  }
  const named = matchText(handle, data);
  if (named) return outcome('unknown', named.platform, 'brand-in-handle', { ...base, brand: named.brand.name });
  if (isMixedScript(handle))
    return outcome('unknown', null, 'mixed-script', { ...base, scripts: scriptsOf(handle).join(', ') });
  return outcome('unknown', null, 'not-in-data', base);
}

/** Checks a handle at `span` of `text`, on `network` when known (`@binance` alone names no network). */
export function verifyHandle(text: string, span: Span, network: SocialNetwork | null, data: VerifyData): Verdict {
  const raw = text.slice(span.start, span.end);
  const handle = clean(safeDecode(raw)).replace(/^@/, '');
  if (!/^[\p{L}\p{N}_.\-/]{1,100}$/u.test(handle)) return invalid('unparseable', 'handle', text);
  const result = decide(handle, network, hasInvisible(raw), data);
  const parts = toParts(text, [{ ...span, role: 'decisive' }, ...disguises(text, span), ...invisibles(text)]);
  return answer(result, 'handle', network ? `${network}:@${handle}` : `@${handle}`, parts);
}

/** Checks the account named by a profile link whose path starts at `pathStart`; `null` when it names none. */
export function verifyProfileLink(
  text: string,
  pathStart: number,
  network: SocialNetwork,
  data: VerifyData,
): Verdict | null {
  const queryAt = text.slice(pathStart).search(/[?#]/);
  const segments = text.slice(pathStart, queryAt >= 0 ? pathStart + queryAt : text.length).split(/[/\\]/);
  const lookup = locateHandle(network, segments);
  if (lookup.kind === 'invite') {
    return answer(outcome('unknown', null, 'invite-link', { network }), 'url', null, toParts(text, []));
  }
  if (lookup.kind === 'none') return null;
  let start = pathStart + lookup.at.skip;
  for (let index = 0; index < lookup.at.segment; index++) start += (segments[index] ?? '').length + 1;
  const end = start + (segments[lookup.at.segment] ?? '').length - lookup.at.skip;
  return verifyHandle(text, { start, end }, network, data);
}
