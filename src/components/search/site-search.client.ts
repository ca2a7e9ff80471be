/** The header's search button and dialog: the dialog opens at once, Pagefind's UI loads on the reader's first move towards it. */

/** What `Search.astro` passes in `data-site-search`. */
export interface SiteSearchConfig {
  /** URL of Pagefind's bundle directory, ending in `/`. */
  bundlePath: string;
  /** The site's base path, prefixed to result URLs. */
  baseUrl: string;
  ranking: Record<string, unknown>;
  /** URL of the locale's synonym dictionary (JSON). */
  dictionary: string;
  /** Pagefind UI strings of the page's locale. */
  translations: Record<string, string>;
  /** The page's locale: the channel checker's verdict above the results is in its words (`checkConfig`). */
  locale: string;
}

/**
 * Wires one `<site-search>`: the button and Ctrl/⌘+K open the dialog; focusing or pointing at the
 * button, clicking it or the shortcut start loading the UI (nothing is fetched before). Until the UI
 * is there, a plain field stands in for its input: what the reader types there moves into it, and
 * Enter submits it to the results page.
 */
export function initSiteSearch(root: HTMLElement): void {
  const openButton = root.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const closeButton = root.querySelector<HTMLButtonElement>('button[data-close-modal]');
  const dialog = root.querySelector('dialog');
  const mount = root.querySelector<HTMLElement>('#starlight__search');
  const standIn = root.querySelector<HTMLFormElement>('form[data-search-stand-in]');
  const standInInput = standIn?.querySelector('input');
  if (!openButton || !closeButton || !dialog || !mount || !standIn || !standInInput) return;

  let ui: Promise<void> | undefined;
  let composing = false;
  const load = (): Promise<void> => {
    if (import.meta.env.DEV) return Promise.resolve();
    ui ??= import('./site-search-ui.client.ts')
      .then(({ mountSearchUi }) =>
        mountSearchUi(mount, JSON.parse(root.dataset['siteSearch'] ?? '{}') as SiteSearchConfig),
      )
      .then((input) => {
        const swap = () => {
          handOver(standIn, standInInput, input);
        };
        if (composing) standInInput.addEventListener('compositionend', swap, { once: true });
        else swap();
      })
      .catch((error: unknown) => {
        // The stand-in keeps working (it submits to the results page); the next open tries again.
        ui = undefined;
        console.warn('Search could not load:', error);
      });
    return ui;
  };

  const focusInput = () => {
    (mount.querySelector<HTMLInputElement>('.pagefind-ui__search-input') ?? standInInput).focus();
  };
  const open = () => {
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    focusInput();
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
  standInInput.addEventListener('compositionstart', () => (composing = true));
  standInInput.addEventListener('compositionend', () => (composing = false));
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

/** Moves what the reader typed, the caret and the focus from the stand-in field to Pagefind's input, then removes the stand-in. */
function handOver(standIn: HTMLFormElement, from: HTMLInputElement, to: HTMLInputElement): void {
  const focused = document.activeElement === from;
  const { value, selectionStart, selectionEnd } = from;
  if (value) {
    to.value = value;
    // Pagefind's UI searches on `input` events.
    to.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (focused) {
    to.focus();
    to.setSelectionRange(selectionStart, selectionEnd);
  }
  standIn.remove();
}
