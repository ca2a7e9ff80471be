/** The social images a build makes: one per article, from its frontmatter, and one per locale. */
import { isCategory } from '../config/categories.ts';
import { isLocale, localeConfig, localeIds, locales, type Locale } from '../config/locales.ts';
import { loadUiStrings } from '../config/ui.ts';
import type { UiStrings } from '../schemas/ui.ts';
import { readArticleFiles } from './article-files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseArticleId, socialImagePath } from './paths.ts';
import type { SocialImageContent } from './social-image.ts';

/** One image to produce: its path inside the build output and what it shows. */
export interface SocialImageJob {
  path: string;
  content: SocialImageContent;
}

/** The images of every article under `docsDir` (title and category from the frontmatter) and each locale's default. */
export function socialImageJobs(docsDir: string, host: string): SocialImageJob[] {
  const strings = new Map<Locale, UiStrings>(localeIds.map((id) => [id, loadUiStrings(id)]));
  const job = (locale: Locale, path: string, label: string, title: string): SocialImageJob => {
    const ui = strings.get(locale) as UiStrings;
    const { lang, dir } = locales[locale];
    const fonts = localeConfig(locale).fonts?.families;
    return { path, content: { lang, dir, fonts, siteTitle: ui['site.title'], label, title, footer: host } };
  };
  const jobs = localeIds.map((locale) => {
    const ui = strings.get(locale) as UiStrings;
    return job(locale, socialImagePath('/', locale), ui['home.title'], ui['site.tagline']);
  });
  for (const { path, source } of readArticleFiles(docsDir)) {
    const article = parseArticleId(path.replace(/\.mdx?$/, ''));
    let data: Record<string, unknown> | undefined;
    try {
      ({ data } = splitFrontmatter(source));
    } catch {
      continue; // Malformed YAML: Astro's content loader reports it with the file and line.
    }
    const { title, category } = data ?? {};
    // Files the writers' check rejects get no image; `npm run build` runs that check first.
    if (!article || !isLocale(article.locale) || typeof title !== 'string' || typeof category !== 'string') continue;
    if (!isCategory(category)) continue;
    const label = (strings.get(article.locale) as UiStrings)[`category.${category}.label`];
    jobs.push(job(article.locale, socialImagePath('/', article.locale, article), label, title));
  }
  return jobs;
}
