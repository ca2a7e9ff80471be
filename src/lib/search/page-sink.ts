/** The hand-over of rendered pages from the page middleware to the search-index build step, through one global. */

/** Takes a page as rendered: its URL path and its bytes. */
export type PageSink = (pathname: string, page: Uint8Array) => void;

const key = Symbol.for('signpost:search-index:page-sink');
const scope = globalThis as { [key]?: PageSink | undefined };

/** Sets (or with `undefined`, removes) where rendered pages go; the search-index integration sets it while the site builds. */
export function setPageSink(sink: PageSink | undefined): void {
  scope[key] = sink;
}

/** Hands a rendered page to the sink, if a build has set one (not in the dev server, nor in tests). */
export function sendPage(pathname: string, page: Uint8Array): void {
  scope[key]?.(pathname, page);
}
