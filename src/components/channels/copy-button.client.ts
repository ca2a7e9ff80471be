/**
 * "Copy" buttons for the channel values of the `.channels` blocks (PlatformChannels): made here, so
 * a page without JavaScript carries none and the page stays light. Each copies its value (the text
 * of the `a.value` link it follows) and announces success through a live region, with the texts of
 * the block's `data-copy-label` ("Copy") and `data-copied` ("Copied: {{value}}").
 */
import { interpolate } from '../../lib/localized.ts';

/** Adds a copy button after every channel value under `root` that has none yet; returns how many it added. */
export function addCopyButtons(root: Document): number {
  const status = ensureStatus(root);
  let added = 0;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.channels li > a.value')) {
    const item = link.parentElement;
    const block = link.closest<HTMLElement>('[data-copy-label]');
    if (!item || !block || item.querySelector(':scope > button[data-copy]')) continue;
    const value = link.textContent.trim();
    const label = block.dataset['copyLabel'] ?? '';
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.dataset['copy'] = value;
    button.textContent = label;
    button.setAttribute('aria-label', `${label}: ${value}`);
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(value).then(() => {
        status.textContent = interpolate(block.dataset['copied'] ?? '', { value });
      });
    });
    // After the value (and a social handle's network), before its label, details and source.
    item.insertBefore(button, item.querySelector(':scope > p, :scope > details'));
    added += 1;
  }
  return added;
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
