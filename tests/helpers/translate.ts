/** A stand-in for Starlight's `Astro.locals.t`, reading our UI strings, for container-rendered components. */
import type { Locale } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';

/** Returns `t(key)` for `locale` that throws on a key the locale does not define. */
export function translator(locale: Locale) {
  const strings: Record<string, string> = loadUiStrings(locale);
  return (key: string) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`no UI string "${key}" in ${locale}`);
    return value;
  };
}
