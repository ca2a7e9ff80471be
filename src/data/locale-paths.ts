/** `getStaticPaths` for pages built once per locale (home, contact, category pages). */
import { localeIds } from '../config/locales.ts';

/** One route per locale in the locale list. */
export function localePaths() {
  return localeIds.map((locale) => ({ params: { locale } }));
}
