/**
 * The one list of locales. Adding a language is one entry here, `content/i18n/<id>.json` and
 * `content/search/synonyms.<id>.yaml` (README: "Add a locale"); articles follow as they are
 * translated, and pages without a translation show the English with Starlight's notice.
 */

/** Fonts a locale's social images need beyond the default ones, and how to prove they are installed. */
export interface LocaleFonts {
  /** Font families tried first, in order (fontconfig names, e.g. `Noto Sans CJK SC`). */
  readonly families: readonly string[];
  /** A character of the script, drawn at build start: a missing glyph stops the build with {@link LocaleFonts.install}. */
  readonly probe: string;
  /** What to install where the probe has no glyph (Debian package names first). */
  readonly install: string;
}

/** What the site needs to know about a language. */
export interface LocaleConfig {
  /** Name of the language in that language, shown in the language picker and Starlight's menu. */
  readonly label: string;
  /** BCP-47 tag: `<html lang>`, `hreflang`, the sitemap, Pagefind's index of the locale, Intl formatting. */
  readonly lang: string;
  /** Writing direction: `rtl` for Arabic, Hebrew, Persian, Urdu. Custom CSS uses logical properties only. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * Browser languages (lower-case tags, matched whole or as a prefix at a `-`) that the page at `/`
   * sends to this locale; the longest match over all locales wins (`zh` catches `zh-Hans-CN`).
   */
  readonly accept: readonly string[];
  /**
   * The stemmer Pagefind uses for `lang` (it picks one by the primary language subtag; its index
   * records it as `wasm`), or `null` where it has none: search then matches words and prefixes only,
   * so synonyms matter more. Pagefind stems ar, ca, da, de, el, en, es, eu, fi, fr, ga, hi, hu, hy,
   * id, it, lt, ne, nl, no, pt, ro, ru, sr, sv, ta, tr, yi.
   */
  readonly stemming: string | null;
  /**
   * The language is written without spaces between words (Chinese, Japanese, Thai): the search
   * index and queries split it with `Intl.Segmenter`, which is how browsers split what readers type.
   */
  readonly segmentWords: boolean;
  /** ISO 15924 script of the articles' prose; articles in a non-Latin script are checked for stray English. */
  readonly script: string;
  /** Locale for dates and numbers if not `lang` (e.g. `ar-u-nu-latn` for Western digits in Arabic). */
  readonly intl?: string;
  /** Fonts the social images need for this script, if the defaults cannot draw it. */
  readonly fonts?: LocaleFonts;
}

export const locales = {
  en: {
    label: 'English',
    lang: 'en',
    dir: 'ltr',
    accept: ['en'],
    stemming: 'en',
    segmentWords: false,
    script: 'Latn',
  },
  'zh-cn': {
    label: '简体中文',
    lang: 'zh-CN',
    dir: 'ltr',
    accept: ['zh'],
    stemming: null,
    segmentWords: true,
    script: 'Hans',
    fonts: {
      families: ['Noto Sans CJK SC'],
      probe: '一',
      install:
        'fonts-noto-cjk (Debian/Ubuntu: apt-get install fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts; macOS and Windows ship one)',
    },
  },
} as const satisfies Record<string, LocaleConfig>;

/** A locale id, which is also the URL prefix (`/<id>/`) and the folder name under `content/docs/`. */
export type Locale = keyof typeof locales;

/** The locale articles are written in first; every other one falls back to it. */
export const defaultLocale = 'en' satisfies Locale;

/** Every locale id, default first. */
export const localeIds = Object.keys(locales) as Locale[];

/** Type guard for strings taken from URLs or file paths. */
export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

/** A locale's settings, typed as the interface (optional fields included). */
export function localeConfig(locale: Locale): LocaleConfig {
  return locales[locale];
}

/** The locale whose `lang` is `tag` (any case), if one is. */
export function localeOfLang(tag: string): Locale | undefined {
  const wanted = tag.toLowerCase();
  return localeIds.find((id) => locales[id].lang.toLowerCase() === wanted);
}

/** The Intl locale for dates and numbers of a locale. */
export function intlLocale(locale: Locale): string {
  return localeConfig(locale).intl ?? locales[locale].lang;
}
