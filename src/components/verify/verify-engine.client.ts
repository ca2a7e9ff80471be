/** The channel checker's engine chunk: the verifier with its data, and the result rendered with DOM text only. */
import type { Channel } from '../../schemas/platform.ts';
import { interpolate } from '../../lib/localized.ts';
import { reasonMessage } from '../../lib/verify-message.ts';
import type { VerifyData } from '../../lib/verify/data.ts';
import type { Verdict } from '../../lib/verify/types.ts';
import { verify } from '../../lib/verify/verify.ts';

/** Links the result points to. */
export interface ResultLinks {
  contact: string;
  scammed: string;
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
function channelValue(channel: Channel): string {
  return channel.kind === 'social' ? `@${channel.handle} (${channel.network})` : channel.value;
}

/** The check itself (pure, from src/lib/verify), exported beside the renderer. */
export { verify };

/** Replaces `output`'s content with the answer, built from DOM text nodes only. */
export function renderVerdict(
  output: HTMLElement,
  verdict: Verdict,
  data: VerifyData,
  strings: Readonly<Record<string, string>>,
  links: ResultLinks,
): void {
  const t = (key: string, params: Record<string, string> = {}) => interpolate(strings[key] ?? key, params);
  const platform = data.platforms.find((entry) => entry.id === verdict.platform);
  const name = platform?.name ?? '';

  const section = el('section', undefined, `verdict verdict-${verdict.verdict}`);
  section.dataset['verdict'] = verdict.verdict;
  section.append(el('h2', t(`verify.verdict.${verdict.verdict}`)));
  const message = reasonMessage(verdict, name);
  section.append(el('p', t(message.key, message.params), 'reason'));

  if (verdict.kind) {
    section.append(el('p', t('verify.readAs', { kind: t(`verify.kind.${verdict.kind}`) }), 'read-as'));
  }
  if (verdict.parts.some((part) => part.role !== 'plain')) {
    const parts = el('div', undefined, 'parts');
    parts.append(el('p', t('verify.partsTitle'), 'parts-title'));
    const line = el('p', undefined, 'input');
    line.setAttribute('translate', 'no');
    for (const part of verdict.parts) {
      if (part.role === 'plain') line.append(document.createTextNode(part.text));
      else {
        const mark = el(part.role === 'decisive' ? 'strong' : 'del', part.text, `part part-${part.role}`);
        mark.title = t(part.role === 'decisive' ? 'verify.decisive' : 'verify.misleading');
        line.append(mark);
      }
    }
    parts.append(line);
    const legend = el('p', undefined, 'legend');
    legend.append(el('strong', t('verify.decisive'), 'part part-decisive'), ' ');
    legend.append(el('del', t('verify.misleading'), 'part part-misleading'));
    parts.append(legend);
    section.append(parts);
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
  section.append(el('p', t(`verify.advice.${verdict.verdict}`), 'advice'));
  const next = el('p', undefined, 'next');
  const contact = el('a', t('verify.contactLink'));
  contact.href = links.contact;
  next.append(contact);
  if (verdict.verdict === 'known-fake' || verdict.verdict === 'lookalike') {
    const scammed = el('a', t('verify.scammedLink'));
    scammed.href = links.scammed;
    next.append(' · ', scammed);
  }
  section.append(next);
  output.replaceChildren(section);
}
