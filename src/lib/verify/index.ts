/** The channel verifier: pure functions, no DOM, no Astro, no Node APIs; safe to bundle for the browser. */
export { verify, maxInputLength } from './verify.ts';
export { buildVerifyData, type VerifyData, type VerifyPlatform, type Brand, type FakeEntry } from './data.ts';
export { explain } from './explain.ts';
export { skeleton, fold, isConfusable } from './skeleton.ts';
export { confusablesVersion } from './confusables.generated.ts';
export { isMixedScript, scriptsOf } from './scripts.ts';
export { normalizePhone, isE164, looksLikePhone, type PhoneResult } from './phone.ts';
export { socialNetworks, type SocialNetwork } from './social.ts';
export { decodePunycode, toUnicodeHost } from './punycode.ts';
export { editDistance } from './distance.ts';
export { describeHost, type HostInfo } from './host.ts';
export { lureWords, unrelatedNames, unrelatedSites } from './match.ts';
export {
  verdicts,
  reasonCodes,
  type Verdict,
  type VerdictCode,
  type InputKind,
  type Reason,
  type ReasonCode,
  type Part,
  type PartRole,
} from './types.ts';
