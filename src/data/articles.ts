/** The article collection as components need it: per locale, with parsed ids (Astro side). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeIds } from '../config/locales.ts';
import { fallbackPaths, parseArticleId, type ArticleId } from '../lib/paths.ts';
import { relatedIndex } from '../lib/related.ts';
import { byOrderThenSlug } from '../config/order.ts';

/** An article entry with its id split into locale, category and slug. */
export interface Article extends ArticleId {
  id: string;
  title: string;
  description: string;
  category: string;
  keywords: string[];
  platforms: string[];
  urgent: boolean;
  order: number | undefined;
  entry: CollectionEntry<'docs'>;
}

let cache: Promise<Article[]> | undefined;

/** Every article of every locale, read once per build. */
export function allArticles(): Promise<Article[]> {
  cache ??= getCollection('docs').then((entries) =>
    entries.flatMap((entry) => {
      const parsed = parseArticleId(entry.id);
      const { data } = entry;
      if (!parsed || !data.category) return [];
      return [
        {
          ...parsed,
          id: entry.id,
          title: data.title,
          description: data.description ?? '',
          category: data.category,
          keywords: data.keywords ?? [],
          platforms: data.platforms ?? [],
          urgent: data.urgent ?? false,
          order: data.sidebar.order,
          entry,
        },
      ];
    }),
  );
  return cache;
}

const sorted = new Map<string, Promise<Article[]>>();

/** Articles of one locale, optionally of one category, in sidebar order; sorted once per build, a fresh array each call. */
export async function localeArticles(locale: string, category?: string): Promise<Article[]> {
  const key = `${locale}/${category ?? ''}`;
  let list = sorted.get(key);
  if (!list) {
    list = allArticles().then((articles) =>
      articles
        .filter((article) => article.locale === locale && (category === undefined || article.category === category))
        .sort(byOrderThenSlug),
    );
    sorted.set(key, list);
  }
  return [...(await list)];
}

let fallbacks: Promise<Set<string>> | undefined;

/** Site paths (no base) of the pages that fall back to the default language for want of a translation; computed once per build. */
export function fallbackPathSet(): Promise<Set<string>> {
  fallbacks ??= getCollection('docs').then((entries) =>
    fallbackPaths(
      entries.map(({ id }) => id),
      localeIds,
      defaultLocale,
    ),
  );
  return fallbacks;
}

/** A locale's related-articles ranking and its articles by id, made once per build. */
interface RelatedLookup {
  rank: ReturnType<typeof relatedIndex<Article>>;
  byId: Map<string, Article>;
}

const related = new Map<string, Promise<RelatedLookup>>();

/** The articles to suggest after article `id` of `locale` (see `src/lib/related.ts`). */
export async function relatedTo(locale: string, id: string): Promise<Article[]> {
  let lookup = related.get(locale);
  if (!lookup) {
    lookup = localeArticles(locale).then((articles) => ({
      rank: relatedIndex(articles),
      byId: new Map(articles.map((article) => [article.id, article])),
    }));
    related.set(locale, lookup);
  }
  const { rank, byId } = await lookup;
  const current = byId.get(id);
  return current ? rank(current) : [];
}
