/** The search dialog (Pagefind's Default UI): what it searches for a reader's query, and how its results link (browser-safe). */
import type { Dictionary } from './dictionary.ts';
import { withHighlight } from './highlight.ts';
import { highlightParam } from './params.ts';
import { prepareQuery } from './query.ts';

/** What the dialog hands Pagefind for one query, and what the opened article marks. */
export interface DialogTerm {
  /** The query Pagefind runs. */
  term: string;
  /** Terms to mark on the article a result opens. */
  highlight: string[];
}

/**
 * The dialog runs one Pagefind search per query (the results page runs several): the query split
 * like the index, stop words dropped and synonyms replaced by the words articles use (`出金一直不到账`
 * → `提币 没到账`). Without a dictionary, or when nothing is left, the query as typed.
 */
export function dialogTerm(raw: string, dictionary: Dictionary | undefined): DialogTerm {
  const typed = raw.trim();
  if (!dictionary || !typed) return { term: typed, highlight: [] };
  const prepared = prepareQuery(typed, dictionary);
  return { term: prepared.expanded || typed, highlight: prepared.highlight };
}

/** The part of a Pagefind result the dialog changes. */
export interface DialogResultData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string }[];
}

/**
 * A result as the dialog shows it: links carry the terms to mark on the article, and only the title
 * is kept of the metadata, since the Default UI shows every other field (the index's weighted
 * `heading`, `terms`, `platform`) as a tag under the result.
 */
export function dialogResult<T extends DialogResultData>(data: T, highlight: readonly string[]): T {
  const link = (url: string) => (highlight.length ? withHighlight(url, highlight, highlightParam) : url);
  const { title } = data.meta;
  return {
    ...data,
    url: link(data.url),
    meta: title === undefined ? {} : { title },
    ...(data.sub_results && { sub_results: data.sub_results.map((sub) => ({ ...sub, url: link(sub.url) })) }),
  };
}
