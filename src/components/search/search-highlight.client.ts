/** Marks a reader's search terms on the page they opened from a search result (`?highlight=…`). */
import { highlightRanges, highlightTermsFrom } from '../../lib/search/highlight.ts';
import { highlightParam } from '../../lib/search/params.ts';

/** Elements whose text is not marked: code, controls, and marks already there. */
const skipped = 'script, style, pre, code, button, input, textarea, select, mark, [data-pagefind-ignore]';

/** Wraps each occurrence of `terms` in the text under `root` in `<mark class="sp-search-hit">`; returns how many. */
export function highlightTerms(root: Element, terms: readonly string[]): number {
  const document = root.ownerDocument;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges = highlightRanges(text, terms);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let position = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(position, start));
      const mark = document.createElement('mark');
      mark.className = 'sp-search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      position = end;
    }
    fragment.append(text.slice(position));
    node.replaceWith(fragment);
    marked += ranges.length;
  }
  return marked;
}

/** How marks look; added with the first mark, so pages opened without search carry no extra CSS. */
const markStyle = `mark.sp-search-hit {
  border-radius: 0.125rem;
  color: var(--sl-color-white);
  background-color: var(--sl-color-accent-low);
  box-shadow: 0 0 0 1px var(--sl-color-accent);
}`;

/** Highlights the terms of the page's `?highlight=` parameters in its main content; returns how many marks. */
export function highlightFromLocation(document: Document): number {
  const terms = highlightTermsFrom(document.location.search, highlightParam);
  const content = document.querySelector('.sl-markdown-content');
  if (terms.length === 0 || !content) return 0;
  const style = document.createElement('style');
  style.textContent = markStyle;
  document.head.append(style);
  return highlightTerms(content, terms);
}
