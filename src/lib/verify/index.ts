/** The channel verifier: pure functions, no DOM, no Astro, no Node APIs; safe to bundle for the browser. */
export { verify, maxInputLength, type VerifyOptions } from './verify.ts';
export {
  buildVerifyData,
  emptyCheckerContent,
  type VerifyData,
  type VerifyPlatform,
  type Brand,
  type FakeEntry,
} from './data.ts';
export { skeleton, fold, foldKeys, isConfusable } from './skeleton.ts';
export { confusablesVersion } from './confusables.generated.ts';
export { isMixedScript, scriptsOf } from './scripts.ts';
export { normalizePhone, isE164, looksLikePhone, findPhone, type PhoneResult } from './phone.ts';
export { socialNetworks, type SocialNetwork } from './social.ts';
export { editDistance } from './distance.ts';
export { describeHost, toUnicodeHost, type HostInfo } from './host.ts';
export {
  verdicts,
  reasonCodes,
  noteCodes,
  inputKinds,
  type Verdict,
  type VerdictCode,
  type InputKind,
  type Reason,
  type ReasonCode,
  type Note,
  type NoteCode,
  type Part,
  type PartRole,
} from './types.ts';
