/** Makes the home page's search box open Starlight's search dialog, once that dialog is ready. */

/** Wires every `[data-home-search]` button in `root` to Starlight's `button[data-open-modal]`. */
export function wireHomeSearch(root: ParentNode): void {
  const opener = root.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  if (!opener) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-home-search]')) {
    button.disabled = false;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      opener.click();
    });
  }
}
