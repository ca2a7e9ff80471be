/** The channel checker above search results: the same engine and words as the checker page, loaded only when a query looks checkable. */
import type { VerifyData } from '../../lib/verify/data.ts';

/** What a page passes to show a verdict beside search (kept short: it is on every page, in the search dialog's settings). */
export interface CheckConfig {
  /** The checker page of the locale (`/en/verify/`); its words are at `strings.json` beside it. */
  verifyPage: string;
  /** The checker's data. */
  data: string;
  locale: string;
  fallback: string;
}

/** A page of the same locale as the checker page (`/en/verify/` → `/en/contact/`). */
function sibling(verifyPage: string, path: string): string {
  return verifyPage.replace(/verify\/$/, path);
}

/** The engine, its data and the locale's words, fetched once. */
let loaded:
  | Promise<{ engine: typeof import('./verify-engine.client.ts'); data: VerifyData; strings: Record<string, string> }>
  | undefined;

/** Renders the verdict for `query` into `container` (shown), with a link to the checker page. */
export async function showCheck(container: HTMLElement, query: string, config: CheckConfig): Promise<void> {
  loaded ??= Promise.all([
    import('./verify-engine.client.ts'),
    fetch(config.data).then((response) => response.json() as Promise<VerifyData>),
    fetch(`${config.verifyPage}strings.json`).then((response) => response.json() as Promise<Record<string, string>>),
  ]).then(([engine, data, strings]) => ({ engine, data, strings }));
  const { engine, data, strings } = await loaded;
  const output = document.createElement('div');
  engine.renderVerdict(output, query, engine.verify(query, data), data, strings, {
    contact: sibling(config.verifyPage, 'contact/'),
    scammed: sibling(config.verifyPage, 'safety/if-you-were-scammed/'),
    locale: config.locale,
    fallback: config.fallback,
  });
  const open = document.createElement('a');
  open.href = `${config.verifyPage}?q=${encodeURIComponent(query)}`;
  open.textContent = strings['verify.title'] ?? '';
  open.className = 'open-checker';
  output.querySelector('section')?.append(open);
  container.replaceChildren(...output.childNodes);
  container.hidden = false;
}
