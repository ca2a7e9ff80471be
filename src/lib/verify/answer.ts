/** Building answers: a check's outcome turned into a {@link Verdict}, and the highlights every check shares. */
import type { ChannelFacts } from '../../schemas/platform.ts';
import type { FakeEntry, VerifyPlatform } from './data.ts';
import { isCompatibilityForm, isInvisible } from './normalize.ts';
import { misleadingChars, type RoleRange } from './parts.ts';
import { fold, isConfusable } from './skeleton.ts';
import type { InputKind, Note, Part, ReasonCode, Verdict, VerdictCode } from './types.ts';
import type { Span } from './url.ts';

/** What a check decided, before highlights: verdict, platform, reason, and the channel when official. */
export interface Outcome {
  verdict: VerdictCode;
  platform: VerifyPlatform | null;
  code: ReasonCode;
  params: Record<string, string>;
  channel?: ChannelFacts;
  notes?: Note[];
}

/** Shorthand for an {@link Outcome}. */
export function outcome(
  verdict: VerdictCode,
  platform: VerifyPlatform | null,
  code: ReasonCode,
  params: Record<string, string> = {},
  channel?: ChannelFacts,
): Outcome {
  return channel ? { verdict, platform, code, params, channel } : { verdict, platform, code, params };
}

/** Assembles a {@link Verdict}. */
export function answer(result: Outcome, kind: InputKind | null, normalized: string | null, parts: Part[]): Verdict {
  const verdict: Verdict = {
    verdict: result.verdict,
    kind,
    platform: result.platform?.id ?? null,
    reason: { code: result.code, params: result.params },
    notes: result.notes ?? [],
    normalized,
    parts,
  };
  if (result.channel) verdict.channel = result.channel;
  return verdict;
}

/** An `invalid` answer showing the whole input plain. */
export function invalid(
  code: ReasonCode,
  kind: InputKind | null,
  text: string,
  params: Record<string, string> = {},
): Verdict {
  const parts: Part[] = text ? [{ text, role: 'plain' }] : [];
  return answer(outcome('invalid', null, code, params), kind, null, parts);
}

/** Parameters of a known fake: its value, the source, and its note per locale (`note.<locale>`). */
export function fakeParams(fake: FakeEntry): Record<string, string> {
  const params: Record<string, string> = { value: fake.value, source: fake.source };
  for (const [locale, note] of Object.entries(fake.note ?? {})) if (note !== undefined) params[`note.${locale}`] = note;
  return params;
}

/** Code points of the hidden (invisible or bidi control) characters of a text, as `U+200B U+202E`. */
export function hiddenChars(text: string): string {
  const found = new Set<string>();
  for (const char of text) {
    if (isInvisible(char)) found.add(`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found].join(' ');
}

/** A character that stands in for another: a non-ASCII lookalike, or an ASCII digit such as `0` for `o`. */
export function isDisguisedLetter(char: string): boolean {
  return isConfusable(char) || (/^[0-9]$/.test(char) && /^[a-z]$/.test(fold(char)));
}

/** Ranges marking characters that disguise a name: invisible ones, compatibility forms, non-ASCII lookalikes. */
export function disguises(text: string, span: Span): RoleRange[] {
  const test = (char: string) => isInvisible(char) || isCompatibilityForm(char) || isConfusable(char);
  return misleadingChars(text, span.start, span.end, test);
}

/** Ranges marking every invisible character of the input. */
export function invisibles(text: string): RoleRange[] {
  return misleadingChars(text, 0, text.length, isInvisible);
}
