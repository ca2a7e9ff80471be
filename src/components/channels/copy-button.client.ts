/** Shows the copy buttons and copies their `data-copy` text, announcing success through a live region. */
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
        status.textContent = interpolate(button.dataset['copied'] ?? '', { value: text });
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
