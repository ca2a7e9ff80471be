/** How a search result is drawn, in the header's dialog and on the results page: text nodes only, the query's terms marked. */
import { excerptParts } from '../../lib/search/excerpt.ts';
import { highlightRanges, withHighlight } from '../../lib/search/highlight.ts';
import { highlightParam } from '../../lib/search/params.ts';

/** Appends `text` to `parent`, with the ranges where `terms` occur in `<mark>`. */
export function appendMarked(parent: HTMLElement, text: string, terms: readonly string[]): void {
  let position = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    parent.append(text.slice(position, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    position = end;
  }
  parent.append(text.slice(position));
}

/** A paragraph with Pagefind's excerpt, its matches marked as Pagefind marked them. */
export function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else {
      paragraph.append(part.text);
    }
  }
  return paragraph;
}

/** A link to a result, which marks `terms` on the page it opens; its text is `title` with the terms marked. */
export function resultLink(url: string, title: string, terms: readonly string[]): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = withHighlight(url, terms, highlightParam);
  appendMarked(link, title, terms);
  return link;
}
