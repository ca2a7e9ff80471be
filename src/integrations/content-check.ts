/**
 * Astro integration: the writers' check (`src/lib/check/`) on the content the config loaded, when
 * Astro starts. A build with problems stops before anything is built, with the check's report (file,
 * line, field and fix); the dev server shows the report and keeps running. When a build is done, it
 * says how often each content source was read (once).
 */
import type { AstroIntegration } from 'astro';
import { localeIds } from '../config/locales.ts';
import { checkSite, checkSiteWarnings } from '../lib/check/index.ts';
import { formatProblems } from '../readers/problems.ts';
import { readCounts } from '../readers/reads.ts';
import type { SiteContent } from '../readers/site-fs.ts';

/** The error a build stops with: the report alone, no stack (a writer acts on the file and line). */
class ContentCheckError extends Error {
  constructor(report: string, count: number) {
    super(`${report}\n\n✗ check: ${count} problem(s) in the content. Fix them and build again.`);
    this.name = 'ContentCheckError';
    this.stack = '';
  }
}

export function contentCheck(content: SiteContent): AstroIntegration {
  return {
    name: 'signpost:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = await checkSite(content);
        const warnings = checkSiteWarnings(content);
        if (warnings.length > 0)
          logger.warn(`${formatProblems(warnings, '⚠')}\n⚠ ${warnings.length} fact(s) to re-check.`);
        if (problems.length === 0) {
          logger.info(`${content.docs.length} articles in ${localeIds.length} locales and their data are fine.`);
          return;
        }
        if (command === 'build') throw new ContentCheckError(formatProblems(problems), problems.length);
        logger.warn(`${formatProblems(problems)}\n✗ ${problems.length} problem(s) in the content.`);
      },
      'astro:build:done': ({ logger }) => {
        const counts = [...readCounts()].map(([source, times]) => `${source} ${times}×`);
        logger.info(`Content read: ${counts.join(', ')}`);
      },
    },
  };
}
