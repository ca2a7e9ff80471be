/** The verifier's answer: verdict, what was read, which platform, a reason code for the page to translate, highlights. */
import type { ChannelFacts } from '../../schemas/platform.ts';

/** The verdicts, from reassuring to not checkable. */
export const verdicts = ['official', 'known-fake', 'lookalike', 'unknown', 'invalid'] as const;
/** A verdict. */
export type VerdictCode = (typeof verdicts)[number];

/** What the input was read as. */
export type InputKind = 'url' | 'domain' | 'email' | 'phone' | 'handle';

/** Every input kind. */
export const inputKinds = ['url', 'domain', 'email', 'phone', 'handle'] as const satisfies readonly InputKind[];

/** Reason codes, by the verdict they come with; the page translates each one (params fill its placeholders). */
export const reasonCodes = {
  official: ['exact-match', 'official-domain', 'subdomain-of-official'],
  'known-fake': ['known-fake'],
  lookalike: [
    'userinfo',
    'homoglyph',
    'punycode',
    'invisible-characters',
    'tld-swap',
    'typo',
    'brand-in-domain',
    'brand-in-subdomain',
    'brand-split',
    'brand-on-user-content',
    'brand-in-local-part',
    'brand-in-display-name',
    'brand-in-handle',
  ],
  unknown: [
    'not-in-data',
    'unclear',
    'userinfo',
    'punycode',
    'brand-on-unrelated-site',
    'mentions',
    'resembles',
    'namesake',
    'user-content',
    'platform-user-content',
    'redirect',
    'shortener',
    'embedded-address',
    'raw-differs',
    'post-link',
    'not-on-messenger',
    'named-handle',
    'handle-needs-network',
    'invite-link',
    'mixed-script',
    'invisible-characters',
    'ip-address',
    'no-country-code',
  ],
  invalid: ['empty', 'too-long', 'unparseable', 'unsupported-scheme'],
} as const satisfies Record<VerdictCode, readonly string[]>;

/** Further reasons a verdict can carry beside its main one. */
export const noteCodes = ['invisible-characters', 'raw-differs', 'several-destinations', 'redirect'] as const;

/** A note code. */
export type NoteCode = (typeof noteCodes)[number];

/** A reason code. */
export type ReasonCode = (typeof reasonCodes)[VerdictCode][number];

/** Why: a machine code and the values its sentence needs (`domain`, `host`, `chars`, `network`…). */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string>;
}

/** A further reason: hidden characters, a destination written differently from what opens, several destinations… */
export interface Note {
  code: NoteCode;
  params: Record<string, string>;
}

/** How a piece of the input should be shown: the part that decides where it leads, a part meant to mislead, or neither. */
export type PartRole = 'decisive' | 'misleading' | 'plain';

/** A piece of the reader's (trimmed) input; the pieces joined give the input back. */
export interface Part {
  text: string;
  role: PartRole;
}

/** The verifier's answer. */
export interface Verdict {
  verdict: VerdictCode;
  kind: InputKind | null;
  /** Id of the platform it is, imitates or names; `null` when none. */
  platform: string | null;
  /** The listed channel it is exactly (official verdicts with reason `exact-match` only). */
  channel?: ChannelFacts;
  reason: Reason;
  /** Further reasons, shown after the main one. */
  notes: Note[];
  /** What was compared, after normalisation: `kraken.com`, `+18557370477`, `telegram:@notoscam`; `null` if unreadable. */
  normalized: string | null;
  parts: Part[];
}
