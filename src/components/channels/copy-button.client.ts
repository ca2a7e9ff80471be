/**
 * Shows the copy buttons and copies their `data-copy` text, announcing success through a live region
 * with the template of the closest `[data-copied]` element ("Copied: {{value}}").
 */
import { interpolate } from '../../lib/localized.ts';

/** Wires every `button[data-copy]` under `root` once. */
export function wireCopyButtons(root: Document): void {
  const status = ensureStatus(root);
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]:not([data-wired])')) {
    button.dataset['wired'] = '';
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = button.dataset['copy'] ?? '';
      void navigator.clipboard.writeText(text).then(() => {
        const template = button.closest<HTMLElement>('[data-copied]')?.dataset['copied'] ?? '';
        status.textContent = interpolate(template, { value: text });
      });
    });
  }
}

/** One polite live region per page for the "Copied" announcement. */
function ensureStatus(root: Document): HTMLElement {
  const existing = root.getElementById('copy-status');
  if (existing) return existing;
  const status = root.createElement('p');
  status.id = 'copy-status';
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  root.body.append(status);
  return status;
}
