/** The channel checker above search results: the same engine and words as the checker page, loaded only when a query looks checkable. */
import type { VerifyData } from '../../lib/verify/data.ts';

/** What a page passes to show a verdict beside search: where the data and words are, and where its links go. */
export interface CheckConfig {
  dataUrl: string;
  stringsUrl: string;
  /** The checker page, to open the query there. */
  verifyPage: string;
  contact: string;
  scammed: string;
  locale: string;
  fallback: string;
}

/** The engine, its data and the locale's words, fetched once. */
let loaded:
  | Promise<{ engine: typeof import('./verify-engine.client.ts'); data: VerifyData; strings: Record<string, string> }>
  | undefined;

/** Renders the verdict for `query` into `container` (shown), with a link to the checker page. */
export async function showCheck(container: HTMLElement, query: string, config: CheckConfig): Promise<void> {
  loaded ??= Promise.all([
    import('./verify-engine.client.ts'),
    fetch(config.dataUrl).then((response) => response.json() as Promise<VerifyData>),
    fetch(config.stringsUrl).then((response) => response.json() as Promise<Record<string, string>>),
  ]).then(([engine, data, strings]) => ({ engine, data, strings }));
  const { engine, data, strings } = await loaded;
  const output = document.createElement('div');
  engine.renderVerdict(output, query, engine.verify(query, data), data, strings, {
    contact: config.contact,
    scammed: config.scammed,
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
