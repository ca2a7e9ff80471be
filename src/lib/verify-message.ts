/** Turns a verdict's reason into a UI string key and its parameters, for the page to translate. */
import type { Verdict } from './verify/types.ts';

/** Key under `verify.reason.` and the values of its `{{placeholders}}`. */
export interface ReasonMessage {
  key: string;
  params: Record<string, string>;
}

/** The message for a verdict; `name` is the platform's name (empty when none). */
export function reasonMessage(verdict: Verdict, name: string): ReasonMessage {
  const { code } = verdict.reason;
  const params: Record<string, string> = { ...verdict.reason.params, name };
  params['shown'] = params['handle'] ? `@${params['handle']}` : (params['unicode'] ?? params['domain'] ?? '');
  params['chars'] ??= '';
  let key: string = code;
  if (code === 'official-domain' && verdict.kind === 'email') key = 'official-domain.email';
  if (code === 'punycode' && !(params['official'] && params['unicode'] && params['domain'] !== params['official'])) {
    key = 'punycode.plain';
  }
  return { key: `verify.reason.${key}`, params };
}
