/**
 * Every content source of a project, read once (Node only). The Astro config loads it and hands it
 * to the integrations; the content layer, which Astro runs in the same process but loads apart,
 * finds the same object here instead of reading the folders again.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultLocale, localeIds, type Locale } from '../config/locales.ts';
import { fallbackPaths } from '../lib/paths.ts';
import { outdatedTranslations, type OutdatedTranslation } from '../lib/translation-status.ts';
import { readDocsHistory } from './history-fs.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Platform } from '../schemas/platform.ts';
import type { WhatHappened } from '../schemas/journeys.ts';
import type { ReportingCountry } from '../schemas/reporting.ts';
import type { SearchDictionaryData } from '../schemas/search.ts';
import type { UiStrings } from '../schemas/ui.ts';
import type { CheckerContent } from '../schemas/checker.ts';
import { readCheckerContent } from './checker-fs.ts';
import type { ArticleSource } from './docs.ts';
import { readDocs } from './docs-fs.ts';
import { readGlossaries } from './glossary-fs.ts';
import { readUiStrings } from './i18n-fs.ts';
import { readPlan } from './plan-fs.ts';
import { changesFileName, readChanges, type ChangeLog } from './changes-fs.ts';
import { platformLocator, readPlatforms, type PlatformLocator } from './platforms-fs.ts';
import type { Problem } from './problems.ts';
import { readWhatHappened } from './journeys-fs.ts';
import { readReporting } from './reporting-fs.ts';
import { readSearchDictionaries } from './search-fs.ts';

/** Everything under `content/`, as the readers leave it. */
export interface SiteContent {
  /** The project root the content was read from. */
  root: string;
  /** Every article file, in path order, valid or not (each with its problems). */
  docs: ArticleSource[];
  /** UI strings of each locale whose file is valid. */
  ui: ReadonlyMap<Locale, UiStrings>;
  /** The platforms whose files are valid, by id. */
  platforms: Platform[];
  /** The change log of the channel data, unless it has problems of its own. */
  changes: ChangeLog | undefined;
  /** The file of a platform and the line of a field in it, for problems found after reading (read again only then). */
  locatePlatform: PlatformLocator;
  /** The countries whose reporting files are valid, by country code. */
  reporting: ReportingCountry[];
  /** The "What happened?" decision tree, unless its file has problems. */
  whatHappened: WhatHappened | undefined;
  /** Synonym dictionaries of each locale whose file is valid, as written. */
  search: ReadonlyMap<Locale, SearchDictionaryData>;
  /** The channel checker's words and host lists, when valid. */
  checker: CheckerContent | undefined;
  plan: Plan | undefined;
  /** The glossary of each locale that has a valid one (optional per locale). */
  glossary: ReadonlyMap<Locale, Glossary>;
  /** Site paths (no base) of the pages built in a locale from the default one's article, for want of a translation. */
  fallbacks: ReadonlySet<string>;
  /** Translations older than their original, from git (none without a repository). */
  outdated: OutdatedTranslation[];
  /** Every problem every reader found. */
  problems: Problem[];
}

/** Options of {@link loadSiteContent}. */
export interface SiteContentOptions {
  /** Another articles folder (a fixture), and what messages put before its paths. */
  docs?: { dir: string; label: string } | undefined;
}

const key = Symbol.for('signpost:site-content');
const scope = globalThis as unknown as Record<symbol, Map<string, SiteContent> | undefined>;
/** The content loaded in this process, by root: shared by every copy of this module. */
const loaded = (scope[key] ??= new Map<string, SiteContent>());

/** Reads every content source of the project at `root` once, and keeps it for {@link siteContent}. */
export function loadSiteContent(projectRoot: string, options: SiteContentOptions = {}): SiteContent {
  const root = resolve(projectRoot);
  const content = join(root, 'content');
  const folder = (name: string) => pathToFileURL(`${join(content, name)}/`);
  const docs = readDocs(options.docs?.dir ?? join(content, 'docs'), options.docs?.label);
  const ui = readUiStrings(folder('i18n'));
  const platforms = readPlatforms(folder('platforms'));
  const changes = readChanges(join(content, 'platforms', changesFileName));
  const search = readSearchDictionaries(folder('search'));
  const reporting = readReporting(folder('reporting'));
  const whatHappened = readWhatHappened(folder('journeys'));
  const checker = readCheckerContent(folder('checker'));
  const plan = readPlan(pathToFileURL(join(content, 'plan.yaml')));
  const glossary = readGlossaries(folder('glossary'));
  const site: SiteContent = {
    root,
    docs: docs.value,
    ui: ui.value,
    platforms: platforms.value,
    changes: changes.value,
    locatePlatform: platformLocator(folder('platforms')),
    search: search.value,
    reporting: reporting.value,
    whatHappened: whatHappened.value,
    checker: checker.value,
    plan: plan.value,
    outdated: outdatedTranslations(docs.value, readDocsHistory(root), defaultLocale),
    glossary: glossary.value,
    fallbacks: fallbackPaths(
      docs.value.flatMap(({ id }) => id ?? []),
      localeIds,
      defaultLocale,
    ),
    problems: [
      ...docs.problems,
      ...ui.problems,
      ...platforms.problems,
      ...changes.problems,
      ...search.problems,
      ...reporting.problems,
      ...whatHappened.problems,
      ...checker.problems,
      ...plan.problems,
      ...glossary.problems,
    ],
  };
  if (!options.docs) loaded.set(root, site);
  return site;
}

/** The sources the dev server reads again when one of their files changes. */
export type ReloadableSource = 'i18n' | 'platforms' | 'search' | 'reporting' | 'journeys' | 'checker';

/**
 * The content of the project at `root` with one source read again (the dev server, when a file of
 * `content/<source>/` changes); the new content is kept for {@link siteContent}.
 */
export function reloadSource(projectRoot: string, source: ReloadableSource): SiteContent {
  const root = resolve(projectRoot);
  const site = siteContent(root);
  const folder = pathToFileURL(`${join(root, 'content', source)}/`);
  const others = site.problems.filter(({ file }) => !file.startsWith(`content/${source}/`));
  let next: SiteContent;
  if (source === 'i18n') {
    const { value, problems } = readUiStrings(folder);
    next = { ...site, ui: value, problems: [...others, ...problems] };
  } else if (source === 'checker') {
    const { value, problems } = readCheckerContent(folder);
    next = { ...site, checker: value, problems: [...others, ...problems] };
  } else if (source === 'platforms') {
    // The change log sits beside the platform files, and is read again with them.
    const { value, problems } = readPlatforms(folder);
    const changes = readChanges(join(root, 'content', source, changesFileName));
    next = {
      ...site,
      platforms: value,
      changes: changes.value,
      locatePlatform: platformLocator(folder),
      problems: [...others, ...problems, ...changes.problems],
    };
  } else if (source === 'journeys') {
    const { value, problems } = readWhatHappened(folder);
    next = { ...site, whatHappened: value, problems: [...others, ...problems] };
  } else if (source === 'reporting') {
    const { value, problems } = readReporting(folder);
    next = { ...site, reporting: value, problems: [...others, ...problems] };
  } else {
    const { value, problems } = readSearchDictionaries(folder);
    next = { ...site, search: value, problems: [...others, ...problems] };
  }
  loaded.set(root, next);
  return next;
}

/** The content of the project at `root` this process has loaded, or a fresh load (`astro sync`, tests). */
export function siteContent(root: string): SiteContent {
  return loaded.get(resolve(root)) ?? loadSiteContent(root);
}
