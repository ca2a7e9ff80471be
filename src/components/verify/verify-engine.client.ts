/** The channel checker's engine chunk: the verifier with its data, and the result rendered with DOM text only. */
import type { ChannelFacts } from '../../schemas/platform.ts';
import { channelHref } from '../../lib/channels.ts';
import { segments, showHidden, verdictMessages, type Message, type MessageContext } from '../../lib/verify-message.ts';
import type { VerifyData } from '../../lib/verify/data.ts';
import { socialNetworks, type SocialNetwork } from '../../lib/verify/social.ts';
import type { Verdict } from '../../lib/verify/types.ts';
import { verify } from '../../lib/verify/verify.ts';

/** Links the result points to, and the locales for texts the data gives per locale. */
export interface ResultContext {
  contact: string;
  scammed: string;
  locale: string;
  fallback: string;
}

/** Creates an element with text content (never HTML), so nothing the reader typed can become markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The text of a channel as the reader knows it. */
function channelValue(channel: ChannelFacts): string {
  return channel.kind === 'social' ? `@${channel.handle} (${channel.network})` : channel.value;
}

/** The check itself (pure, from src/lib/verify), exported beside the renderer. */
export { verify };

/** Network id → display name, from the UI strings. */
function networkNames(strings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(strings).flatMap(([key, text]) =>
      key.startsWith('verify.network.') ? [[key.slice('verify.network.'.length), text]] : [],
    ),
  );
}

/** A message as an element: fixed text as text, each inserted value isolated in `<bdi>` (hidden characters shown). */
function messageElement<K extends 'h2' | 'p' | 'li'>(
  tag: K,
  message: Message,
  strings: Readonly<Record<string, string>>,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = el(tag, undefined, className);
  for (const segment of segments(strings[message.key] ?? message.key, message.params)) {
    if ('text' in segment) node.append(segment.text);
    else node.append(el('bdi', segment.value));
  }
  return node;
}

/** Appends `text` to `parent`, each hidden character as a visible marker. */
function appendShown(parent: HTMLElement, text: string, marker: string): void {
  for (const piece of text.split(/([\p{Default_Ignorable_Code_Point}\p{Bidi_Control}])/u)) {
    if (piece === '') continue;
    if (/^[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]$/u.test(piece)) {
      const shown = el('span', showHidden(piece), 'hidden-char');
      shown.title = marker;
      parent.append(shown);
    } else parent.append(piece);
  }
}

/** The input cut into its parts: what decides where it leads in bold, what misleads struck through. */
function partsLine(verdict: Verdict, t: (key: string) => string): HTMLElement {
  const parts = el('div', undefined, 'parts');
  parts.append(el('p', t('verify.partsTitle'), 'parts-title'));
  const line = el('p', undefined, 'input');
  line.setAttribute('translate', 'no');
  line.dir = 'ltr';
  for (const part of verdict.parts) {
    if (part.role === 'plain') appendShown(line, part.text, t('verify.hiddenMarker'));
    else {
      const mark = el(part.role === 'decisive' ? 'strong' : 'del', undefined, `part part-${part.role}`);
      appendShown(mark, part.text, t('verify.hiddenMarker'));
      mark.title = t(part.role === 'decisive' ? 'verify.decisive' : 'verify.misleading');
      line.append(mark);
    }
  }
  parts.append(line);
  const legend = el('p', undefined, 'legend');
  legend.append(el('strong', t('verify.decisive'), 'part part-decisive'), ' ');
  legend.append(el('del', t('verify.misleading'), 'part part-misleading'));
  parts.append(legend);
  return parts;
}

/** For a handle without its network: the official profile link, and a choice of network to check it on. */
function networkPicker(
  verdict: Verdict,
  name: string,
  strings: Readonly<Record<string, string>>,
  onPick: (network: SocialNetwork) => void,
): HTMLElement {
  const box = el('div', undefined, 'network-picker');
  const names = networkNames(strings);
  if (verdict.channel?.kind === 'social') {
    const link = el('a', undefined, 'profile-link');
    link.href = channelHref(verdict.channel);
    link.append(
      messageElement(
        'p',
        { key: 'verify.profileLink', params: { name, network: names[verdict.channel.network] ?? '' } },
        strings,
      ),
    );
    box.append(link);
  }
  const label = el('label', strings['verify.pickNetwork'] ?? '');
  const select = el('select');
  select.append(el('option', '—'));
  for (const network of socialNetworks) {
    const option = el('option', names[network] ?? network);
    option.value = network;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const network = socialNetworks.find((id) => id === select.value);
    if (network) onPick(network);
  });
  label.append(' ', select);
  box.append(label);
  return box;
}

/** Replaces `output`'s content with the answer for `input`, built from DOM text nodes only. */
export function renderVerdict(
  output: HTMLElement,
  input: string,
  verdict: Verdict,
  data: VerifyData,
  strings: Readonly<Record<string, string>>,
  context: ResultContext,
): void {
  const t = (key: string) => strings[key] ?? key;
  const platform = data.platforms.find((entry) => entry.id === verdict.platform);
  const name = platform?.name ?? '';
  const messages: MessageContext = {
    name,
    networks: networkNames(strings),
    locale: context.locale,
    fallback: context.fallback,
  };
  const [headline, reason, ...rest] = verdictMessages(verdict, messages);
  const notes = rest.slice(0, -1);
  const advice = rest.at(-1);

  const section = el('section', undefined, `verdict verdict-${verdict.verdict}`);
  section.dataset['verdict'] = verdict.verdict;
  section.dataset['reason'] = verdict.reason.code;
  if (headline) section.append(messageElement('h2', headline, strings));
  if (reason) section.append(messageElement('p', reason, strings, 'reason'));
  if (notes.length) {
    const list = el('ul', undefined, 'notes');
    for (const note of notes) list.append(messageElement('li', note, strings));
    section.append(list);
  }
  if (verdict.reason.code === 'handle-needs-network') {
    section.append(
      networkPicker(verdict, name, strings, (network) => {
        renderVerdict(output, input, verify(input, data, { network }), data, strings, context);
      }),
    );
  }
  if (verdict.kind) {
    section.append(
      messageElement(
        'p',
        { key: 'verify.readAs', params: { kind: t(`verify.kind.${verdict.kind}`) } },
        strings,
        'read-as',
      ),
    );
  }
  if (
    verdict.parts.some((part) => part.role !== 'plain') ||
    /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u.test(input)
  ) {
    section.append(partsLine(verdict, t));
  }
  if (verdict.verdict === 'official' && platform) {
    const facts = el('dl', undefined, 'facts');
    facts.append(el('dt', t('verify.platform')), el('dd', name));
    if (verdict.channel) {
      const channel = verdict.channel;
      facts.append(
        el('dt', t('verify.channel')),
        el('dd', `${t(`contact.kind.${channel.kind}`)}: ${channelValue(channel)}`),
      );
      const source = el('a', channel.source);
      source.href = channel.source;
      const sourceCell = el('dd');
      sourceCell.append(source);
      facts.append(el('dt', t('verify.source')), sourceCell);
      facts.append(el('dt', t('verify.checked')), el('dd', channel.checked));
    }
    section.append(facts);
  }
  if (advice) section.append(messageElement('p', advice, strings, 'advice'));
  const next = el('p', undefined, 'next');
  const contact = el('a', t('verify.contactLink'));
  contact.href = context.contact;
  next.append(contact);
  if (verdict.verdict === 'known-fake' || verdict.verdict === 'lookalike') {
    const scammed = el('a', t('verify.scammedLink'));
    scammed.href = context.scammed;
    next.append(' · ', scammed);
  }
  section.append(next);
  output.replaceChildren(section);
}
