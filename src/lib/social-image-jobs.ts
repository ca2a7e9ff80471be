/** The social images a build makes: one per article, from its frontmatter, and one per locale. */
import { defaultLocale, isLocale, localeConfig, localeIds, locales, type Locale } from '../config/locales.ts';
import type { UiStrings } from '../schemas/ui.ts';
import { socialImagePath } from './paths.ts';
import type { SocialImageContent } from './social-image.ts';

/** One image to produce: its path inside the build output and what it shows. */
export interface SocialImageJob {
  path: string;
  content: SocialImageContent;
}

/** An article as its image needs it: where it is, and its validated title and category (none when invalid). */
export interface ImageArticle {
  locale: string;
  category: string;
  slug: string;
  data?: { title: string; category: string } | undefined;
}

/**
 * The images of every valid article (title and category label) and each locale's default image,
 * in the locale's language, direction and fonts. Articles the readers found wrong get none: the
 * writers' check stops the build first.
 */
export function socialImageJobs(
  articles: readonly ImageArticle[],
  ui: ReadonlyMap<Locale, UiStrings>,
  host: string,
): SocialImageJob[] {
  const strings = (locale: Locale): UiStrings | undefined => ui.get(locale) ?? ui.get(defaultLocale);
  const job = (locale: Locale, path: string, label: string, title: string): SocialImageJob => {
    const { lang, dir } = locales[locale];
    const fonts = localeConfig(locale).fonts?.families;
    const siteTitle = strings(locale)?.['site.title'] ?? '';
    return { path, content: { lang, dir, fonts, siteTitle, label, title, footer: host } };
  };
  const jobs = localeIds.flatMap((locale) => {
    const ui = strings(locale);
    return ui ? [job(locale, socialImagePath('/', locale), ui['home.title'], ui['site.tagline'])] : [];
  });
  for (const article of articles) {
    const { locale, data } = article;
    const ui = isLocale(locale) ? strings(locale) : undefined;
    if (!data || !ui || !isLocale(locale)) continue;
    const label = ui[`category.${data.category}.label` as keyof UiStrings];
    jobs.push(job(locale, socialImagePath('/', locale, article), label, data.title));
  }
  return jobs;
}
