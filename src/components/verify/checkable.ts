/** Whether a search query looks like something the channel checker can judge (tiny: runs before the checker loads). */

/**
 * True for a link, a domain, an email address, a phone number or an `@handle`: what a reader pastes
 * from a message to ask "is this real?". Plain words (`binance support number`) are not.
 */
export function looksCheckable(query: string): boolean {
  const text = query.trim();
  if (text === '' || text.length > 2048) return false;
  if (/^(?:https?|mailto|tel|sms|whatsapp|viber|tg):/i.test(text)) return true;
  if (/^@[\p{L}\p{N}_.]{2,}$/u.test(text)) return true;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u.test(text)) return true;
  if (/^(?:www\.)?[\p{L}\p{N}-]+(?:[.。．｡][\p{L}\p{N}-]+)*[.。．｡][\p{L}]{2,}(?:[/\\?#:]\S*)?$/u.test(text))
    return true;
  return /^[+(]?\d[\d\s().\-/]{5,}\d$/.test(text) && text.replace(/\D/g, '').length >= 7;
}
