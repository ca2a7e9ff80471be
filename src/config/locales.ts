/** The one list of locales: adding a language means one entry here plus `content/i18n/<id>.json`. */
export interface LocaleConfig {
  /** Name of the language in that language, shown in the language picker. */
  readonly label: string;
  /** BCP-47 tag written to `<html lang>` and `hreflang`. */
  readonly lang: string;
}

export const locales = {
  en: { label: 'English', lang: 'en' },
  'zh-cn': { label: '简体中文', lang: 'zh-CN' },
} as const satisfies Record<string, LocaleConfig>;

/** A locale id, which is also the URL prefix (`/en/`, `/zh-cn/`). */
export type Locale = keyof typeof locales;

/** The locale articles are written in first; others fall back to it. */
export const defaultLocale = 'en' satisfies Locale;

/** Every locale id, default first. */
export const localeIds = Object.keys(locales) as Locale[];

/** Type guard for strings taken from URLs or file paths. */
export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}
