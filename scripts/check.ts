/** `npm run check`: checks every article before the build; exits 1 with file, field and fix. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localeIds } from '../src/config/locales.ts';
import { loadSearchDictionary } from '../src/config/search.ts';
import { loadUiStrings } from '../src/config/ui.ts';
import { checkContent, formatProblems } from '../src/lib/content-check.ts';
import { readArticleFiles } from '../src/lib/article-files.ts';
import { loadPlatforms } from '../src/readers/platforms-fs.ts';
import { contentCheckOptions } from './lib/articles.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: fileURLToPath(new URL('../content/docs/', import.meta.url)) } },
});
const dir = values.content;

const files = readArticleFiles(dir);
const problems = checkContent(files, contentCheckOptions(`${relative(process.cwd(), dir).replaceAll('\\', '/')}/`));
/** The message of whatever `load` throws, if it throws. */
const errorOf = (load: () => unknown): string[] => {
  try {
    load();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
};
/** The messages of whatever `load` throws, for every locale. */
const loadErrors = (load: (locale: (typeof localeIds)[number]) => unknown) =>
  localeIds.flatMap((locale) => errorOf(() => load(locale)));
/** The platform files' problems (file, line, field and fix), if any; the synonym dictionaries need valid ones. */
const platformErrors = errorOf(() => loadPlatforms());
const uiErrors = [
  ...platformErrors,
  ...loadErrors(loadUiStrings),
  ...(platformErrors.length ? [] : loadErrors(loadSearchDictionary)),
];

if (problems.length || uiErrors.length) {
  console.error([formatProblems(problems), ...uiErrors].filter(Boolean).join('\n'));
  console.error(
    `\n✗ check: ${problems.length + uiErrors.length} problem(s) in the content. Fix them and run npm run check again.`,
  );
  process.exit(1);
}
console.log(
  `✓ check: ${files.length} articles in ${localeIds.length} locales, frontmatter, translations, links, platform data and synonym dictionaries are fine.`,
);
