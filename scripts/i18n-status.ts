/**
 * `npm run i18n:status`: what is left to translate in each locale: articles missing, translations
 * older than their original (with how much the original changed since), UI strings still as in the
 * default locale, platform texts without the locale's line. Outdated means: the original changed
 * in a commit after the translation's last one (git history; uncommitted changes count as newest).
 *
 *   npm run i18n:status                   # the table, then the details of every locale
 *   npm run i18n:status -- --locale zh-cn # one locale's details
 *   npm run i18n:status -- --write        # also writes the table into content/README.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { defaultLocale, locales, localeIds } from '../src/config/locales.ts';
import { statusTable, translationStatus, type LocaleStatus } from '../src/lib/translation-status.ts';
import { changeSince } from '../src/readers/history-fs.ts';
import { isNameKey } from '../src/schemas/ui.ts';
import { loadSiteContent } from '../src/readers/site-fs.ts';

const { values } = parseArgs({
  options: { locale: { type: 'string' }, write: { type: 'boolean', default: false } },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const content = loadSiteContent(root);

const statuses = translationStatus({
  locales: localeIds,
  defaultLocale,
  articles: content.docs,
  ui: content.ui,
  platforms: content.platforms,
  isName: isNameKey,
  outdated: content.outdated.map((entry) => ({
    ...entry,
    change: changeSince(root, entry.translated.commit, `${entry.original}.mdx`),
  })),
});
const labels = Object.fromEntries(localeIds.map((id) => [id, locales[id].label]));
const table = statusTable(statuses, labels);

/** The details of one locale, as a Markdown list. */
function details(status: LocaleStatus): string {
  const section = (title: string, lines: readonly string[]) =>
    lines.length ? [`\n${title} (${lines.length}):`, ...lines.map((line) => `- ${line}`)] : [];
  return [
    `## ${labels[status.locale] ?? status.locale} (${status.locale})`,
    ...section('Articles missing', status.missing),
    ...section(
      'Translations outdated',
      status.outdated.map(({ id, original, changed, change }) => {
        const lines = change ? `, +${change.added} −${change.removed} lines` : '';
        return `${id}: ${original} changed on ${changed.date.slice(0, 10)}${lines}`;
      }),
    ),
    ...section('UI strings as in the default locale', status.identical),
    ...section('Platform texts missing', status.platformTexts),
  ].join('\n');
}

const shown = values.locale ? statuses.filter((status) => status.locale === values.locale) : statuses;
if (values.locale && shown.length === 0) {
  console.error(`✗ i18n:status: "${values.locale}" is not a locale; use one of: ${localeIds.join(', ')}`);
  process.exit(1);
}
console.log(`${table}\n\n${shown.map(details).join('\n\n')}`);

if (values.write) {
  const file = new URL('../content/README.md', import.meta.url);
  const readme = readFileSync(file, 'utf8');
  const start = '<!-- i18n:status -->';
  const end = '<!-- /i18n:status -->';
  const at = readme.indexOf(start);
  const stop = readme.indexOf(end);
  if (at < 0 || stop < at) {
    console.error(`✗ i18n:status: content/README.md has no ${start} … ${end} block to write the table into`);
    process.exit(1);
  }
  const updated = `${readme.slice(0, at + start.length)}\n\n${table}\n\n${readme.slice(stop)}`;
  // Formatted as `npm run lint` wants it (the table's columns aligned).
  const options = await resolveConfig(fileURLToPath(file));
  writeFileSync(file, await format(updated, { ...options, filepath: fileURLToPath(file) }));
  console.log('\nWrote the table into content/README.md.');
}
