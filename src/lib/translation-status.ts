/**
 * What is left to translate, per locale: articles missing, translations older than their original,
 * UI strings still identical to the default locale's, platform texts without a line in the locale
 * (pure; the history comes from git through `src/readers/history-fs.ts`).
 */

/** When a file last changed: its place in the history (0 the newest commit, -1 not committed yet) and that commit. */
export interface LastChange {
  order: number;
  commit: string;
  /** ISO date of that commit (or of now, for a change not committed). */
  date: string;
}

/** A translation older than its original. */
export interface OutdatedTranslation {
  /** Article id of the translation (`zh-cn/fees/trading-fees`) and of its original. */
  id: string;
  original: string;
  /** The translation's last change, from which the original's changes are counted. */
  translated: LastChange;
  /** The original's last change. */
  changed: LastChange;
}

/** An article as the status needs it. */
interface StatusArticle {
  id?: string | undefined;
  locale: string;
  category: string;
  slug: string;
  path: string;
}

/**
 * Translations whose original changed after the translation last did (a change to both in one
 * commit counts as translated). `last` maps a path under `content/docs/` to its last change; files
 * it does not know (no history) are never outdated.
 */
export function outdatedTranslations(
  articles: readonly StatusArticle[],
  last: ReadonlyMap<string, LastChange>,
  defaultLocale: string,
): OutdatedTranslation[] {
  const originals = new Map(
    articles.filter((a) => a.id && a.locale === defaultLocale).map((a) => [`${a.category}/${a.slug}`, a]),
  );
  return articles.flatMap((article) => {
    const original = originals.get(`${article.category}/${article.slug}`);
    if (!article.id || article.locale === defaultLocale || !original?.id) return [];
    const translated = last.get(article.path);
    const changed = last.get(original.path);
    if (!translated || !changed || changed.order >= translated.order) return [];
    return [{ id: article.id, original: original.id, translated, changed }];
  });
}

/** A text of the platform data written per locale: where it is, and the locales it has. */
export interface PlatformText {
  /** `content/platforms/kraken.yaml`'s `channels.2.label`, as `kraken: channels.2.label`. */
  where: string;
  locales: readonly string[];
}

/**
 * Every per-locale text in a platform: an object whose keys are all locale ids, one of them the
 * default locale's, with text values (`label: { en: …, zh-cn: … }`).
 */
export function platformTexts(
  platform: { id: string },
  locales: readonly string[],
  defaultLocale: string,
): PlatformText[] {
  const texts: PlatformText[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value))
      value.forEach((item, index) => {
        visit(item, [...path, String(index)]);
      });
    else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const isText =
        entries.length > 0 &&
        typeof (value as Record<string, unknown>)[defaultLocale] === 'string' &&
        entries.every(([key, text]) => locales.includes(key) && typeof text === 'string');
      if (isText) texts.push({ where: `${platform.id}: ${path.join('.')}`, locales: entries.map(([key]) => key) });
      else for (const [key, item] of entries) visit(item, [...path, key]);
    }
  };
  visit(platform, []);
  return texts;
}

/** How much an original changed since its translation: commits and lines. */
export interface Change {
  added: number;
  removed: number;
}

/** One locale's status. */
export interface LocaleStatus {
  locale: string;
  /** Originals without a translation (`category/slug`). */
  missing: string[];
  /** Translations older than their original, with how much it changed since (when known). */
  outdated: (OutdatedTranslation & { change?: Change | undefined })[];
  /** UI string keys whose text is the default locale's. */
  identical: string[];
  /** Platform texts without a line in this locale. */
  platformTexts: string[];
  /** How many articles and UI strings the locale has in all, for the table. */
  articles: number;
  strings: number;
}

/** Everything the status is made from. */
export interface StatusInput {
  locales: readonly string[];
  defaultLocale: string;
  articles: readonly StatusArticle[];
  ui: ReadonlyMap<string, Readonly<Record<string, string>>>;
  platforms: readonly { id: string }[];
  outdated: readonly (OutdatedTranslation & { change?: Change | undefined })[];
  /** UI string keys that are names, the same in every language. */
  isName?: (key: string) => boolean;
}

/** The status of every locale but the default one. */
export function translationStatus(input: StatusInput): LocaleStatus[] {
  const { locales, defaultLocale, articles } = input;
  const key = (a: StatusArticle) => `${a.category}/${a.slug}`;
  const originals = articles.filter((a) => a.id && a.locale === defaultLocale).map(key);
  const texts = input.platforms.flatMap((platform) => platformTexts(platform, locales, defaultLocale));
  const defaults = input.ui.get(defaultLocale) ?? {};
  return locales
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => {
      const written = new Set(articles.filter((a) => a.id && a.locale === locale).map(key));
      const strings = input.ui.get(locale) ?? {};
      return {
        locale,
        missing: originals.filter((id) => !written.has(id)),
        outdated: input.outdated.filter((entry) => entry.id.startsWith(`${locale}/`)),
        identical: Object.keys(defaults).filter(
          (name) => strings[name] === defaults[name] && !(input.isName?.(name) ?? false),
        ),
        platformTexts: texts.filter((text) => !text.locales.includes(locale)).map((text) => text.where),
        articles: originals.length,
        strings: Object.keys(defaults).length,
      };
    });
}

/** The status as a Markdown table, one row per locale, with the counts. */
export function statusTable(statuses: readonly LocaleStatus[], labels: Readonly<Record<string, string>>): string {
  const rows = statuses.map((status) => {
    const translated = status.articles - status.missing.length;
    return [
      `${labels[status.locale] ?? status.locale} (\`${status.locale}\`)`,
      `${translated} / ${status.articles}`,
      String(status.missing.length),
      String(status.outdated.length),
      `${status.identical.length} / ${status.strings}`,
      String(status.platformTexts.length),
    ];
  });
  const header = [
    'locale',
    'articles translated',
    'articles missing',
    'translations outdated',
    'UI strings as in the default locale',
    'platform texts missing',
  ];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
