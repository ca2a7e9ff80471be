/**
 * The checker's words, once: a verdict turned into UI string keys and values (headline, reason,
 * notes, advice), and a template cut into text and inserted values, so the page isolates each value
 * in `<bdi>` and the command line prints the same sentences. Hidden characters in values show as
 * `⟨U+202E⟩`.
 */
import type { Note, Verdict } from './verify/types.ts';

/** A UI string key and the values of its `{{placeholders}}`. */
export interface Message {
  key: string;
  params: Record<string, string>;
}

/** Names the messages need beside the verdict: the platform's, the networks', and which locale's texts to pick from data. */
export interface MessageContext {
  /** The platform's name; empty when the verdict names none. */
  name: string;
  /** Network id → display name (`x` → `X`), from the UI strings. */
  networks: Readonly<Record<string, string>>;
  /** The page's locale, for texts that data gives per locale (`label.<locale>`, `note.<locale>`). */
  locale: string;
  /** The locale texts fall back to. */
  fallback: string;
}

/** Invisible characters and bidi controls, shown as markers wherever input is displayed. */
const hidden = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;

/** The text with each invisible or bidi control character as a visible marker: `kra⟨U+200B⟩ken.com`. */
export function showHidden(text: string): string {
  return text.replace(
    hidden,
    (char) => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** A piece of a rendered message: fixed text, or a value inserted from the input or the data. */
export type Segment = { text: string } | { value: string };

/** Cuts a template at its `{{placeholders}}`; values come with hidden characters shown, unknown placeholders empty. */
export function segments(template: string, params: Readonly<Record<string, string>>): Segment[] {
  const result: Segment[] = [];
  let position = 0;
  for (const match of template.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
    if (match.index > position) result.push({ text: template.slice(position, match.index) });
    const value = params[match[1] ?? ''] ?? '';
    if (value) result.push({ value: showHidden(value) });
    position = match.index + match[0].length;
  }
  if (position < template.length) result.push({ text: template.slice(position) });
  return result;
}

/** A message as plain text (for the command line and tests): the segments joined. */
export function plainText(template: string, params: Readonly<Record<string, string>>): string {
  return segments(template, params)
    .map((segment) => ('text' in segment ? segment.text : segment.value))
    .join('');
}

/** A per-locale value of data in the params (`label.en`, `label.zh-cn`): the locale's, else the fallback's. */
function localized(params: Readonly<Record<string, string>>, field: string, context: MessageContext): string {
  return params[`${field}.${context.locale}`] ?? params[`${field}.${context.fallback}`] ?? '';
}

/** The values every message can use: the reason's params, the platform's name, what was shown, network names. */
function valuesOf(params: Readonly<Record<string, string>>, context: MessageContext): Record<string, string> {
  const values: Record<string, string> = { ...params, name: context.name };
  values['shown'] = params['handle'] ? `@${params['handle']}` : (params['unicode'] ?? params['domain'] ?? '');
  const network = params['network'];
  if (network) values['network'] = context.networks[network] ?? network;
  const networks = params['networks'];
  if (networks) {
    values['networks'] = networks
      .split(', ')
      .map((id) => context.networks[id] ?? id)
      .join(', ');
  }
  values['label'] = localized(params, 'label', context);
  values['note'] = localized(params, 'note', context);
  return values;
}

/** The headline: the verdict, worded by what is known (never "not in our data" for something in the data). */
export function headlineMessage(verdict: Verdict, context: MessageContext): Message {
  const params = valuesOf(verdict.reason.params, context);
  if (verdict.verdict === 'unknown' && verdict.reason.code === 'handle-needs-network') {
    return { key: 'verify.verdict.handle-needs-network', params };
  }
  if (verdict.verdict === 'unknown' && context.name) return { key: 'verify.verdict.not-official', params };
  return { key: `verify.verdict.${verdict.verdict}`, params };
}

/** The main reason, as a key under `verify.reason.` and its values. */
export function reasonMessage(verdict: Verdict, context: MessageContext): Message {
  const { code } = verdict.reason;
  const params = valuesOf(verdict.reason.params, context);
  let key: string = code;
  if (code === 'official-domain' && verdict.kind === 'email') key = 'official-domain.email';
  if (code === 'punycode' && !(params['unicode'] && verdict.verdict === 'lookalike')) key = 'punycode.plain';
  if (code === 'homoglyph' && params['unparseable']) key = 'homoglyph.unparseable';
  if (code === 'known-fake' && params['note']) key = 'known-fake.note';
  if (code === 'invisible-characters' && !context.name) key = 'invisible-characters.plain';
  if (code === 'user-content' && context.name) key = 'user-content.named';
  if (code === 'redirect' && !context.name) key = 'redirect.plain';
  return { key: `verify.reason.${key}`, params };
}

/** One message per note, under `verify.note.`. */
export function noteMessages(verdict: Verdict, context: MessageContext): Message[] {
  return verdict.notes.map((note: Note) => {
    const params = valuesOf(note.params, context);
    const key =
      note.code === 'several-destinations' && note.params['official'] === 'true' ? `${note.code}.official` : note.code;
    return { key: `verify.note.${key}`, params };
  });
}

/** What to do, under `verify.advice.`. */
export function adviceMessage(verdict: Verdict): Message {
  return { key: `verify.advice.${verdict.verdict}`, params: {} };
}

/** Every sentence of a verdict, in order: headline, reason, notes, advice. */
export function verdictMessages(verdict: Verdict, context: MessageContext): Message[] {
  return [
    headlineMessage(verdict, context),
    reasonMessage(verdict, context),
    ...noteMessages(verdict, context),
    adviceMessage(verdict),
  ];
}
