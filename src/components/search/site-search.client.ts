/** The header's search button and dialog: the dialog opens at once, search loads on the reader's first move towards it. */
import type { SearchConfig } from '../../lib/search/config.ts';
import { preloadSearch } from '../../lib/search/preload.ts';

/** What `Search.astro` passes in `data-site-search`. */
export interface SiteSearchConfig {
  search: SearchConfig;
  /** URL of the dialog's words (`/<locale>/search/dialog.json`). */
  text: string;
}

/**
 * Wires one `<site-search>`: the button and Ctrl/⌘+K open the dialog; focusing or pointing at the
 * button, clicking it or the shortcut start loading search (nothing is fetched before): Pagefind's
 * files in parallel, and the code that lists results as the reader types. The dialog's field is a
 * plain form until then, and stays one: Enter opens the results page.
 */
export function initSiteSearch(root: HTMLElement): void {
  const openButton = root.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const closeButton = root.querySelector<HTMLButtonElement>('button[data-close-modal]');
  const dialog = root.querySelector('dialog');
  const input = dialog?.querySelector<HTMLInputElement>('form[role="search"] input');
  if (!openButton || !closeButton || !dialog || !input) return;

  let ui: Promise<void> | undefined;
  const load = (): Promise<void> => {
    if (import.meta.env.DEV) return Promise.resolve();
    const config = JSON.parse(root.dataset['siteSearch'] ?? '{}') as SiteSearchConfig;
    preloadSearch(config.search, [config.text]);
    ui ??= import('./site-search-ui.client.ts')
      .then(({ attachSearchUi }) => attachSearchUi(dialog, input, config))
      .catch((error: unknown) => {
        // The field keeps working (it submits to the results page); the next open tries again.
        ui = undefined;
        console.warn('Search could not load:', error);
      });
    return ui;
  };

  const open = () => {
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    input.focus();
    void load();
  };
  const close = () => {
    dialog.close();
  };

  openButton.addEventListener('click', (event) => {
    event.stopPropagation();
    open();
  });
  for (const type of ['focus', 'pointerenter'] as const) openButton.addEventListener(type, () => void load());
  closeButton.addEventListener('click', close);
  // A click on the backdrop (the dialog itself, outside its frame) or on a result link closes the dialog.
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target === dialog || target.closest('a[href]')) close();
  });
  dialog.addEventListener('close', () => {
    document.body.toggleAttribute('data-search-modal-open', false);
  });
  window.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || !(event.metaKey || event.ctrlKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (dialog.open) close();
    else open();
  });

  const shortcut = openButton.querySelector<HTMLElement>('kbd');
  if (/Mac|iPhone|iPad|iPod/.test(navigator.userAgent)) {
    const key = shortcut?.querySelector('kbd');
    if (key) key.textContent = '⌘';
    openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
  }
  if (shortcut) shortcut.hidden = false;
  openButton.disabled = false;
}
