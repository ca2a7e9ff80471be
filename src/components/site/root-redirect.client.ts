/** On `/`, moves the reader to the locale their browser prefers; the links stay for everyone else. */
import { pickLocale, type LocaleChoice } from '../../lib/i18n.ts';

/** Reads the locales from `main[data-locales]` and replaces the location if one fits. */
export function redirectToPreferredLocale(): void {
  const data = document.querySelector<HTMLElement>('main[data-locales]')?.dataset['locales'];
  if (!data) return;
  const choices = JSON.parse(data) as (LocaleChoice & { href: string })[];
  const id = pickLocale(navigator.languages, choices);
  const target = choices.find((choice) => choice.id === id);
  if (target) location.replace(target.href);
}
