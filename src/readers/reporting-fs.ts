/** Reads `content/reporting/` from disk: every country's reporting routes, validated (Node only). */
import type { ReportingCountry } from '../schemas/reporting.ts';
import { readYamlFolder } from './folder-fs.ts';
import { ContentError, type Loaded } from './problems.ts';
import { parseReportingCountry } from './reporting.ts';

/** Where the reporting files live, relative to the project root. */
export const reportingDir = new URL('../../content/reporting/', import.meta.url);

/** Every country of `dir` (default `content/reporting/`) that reads well, by country code, and the problems of the others. */
export function readReporting(dir: string | URL = reportingDir): Loaded<ReportingCountry[]> {
  const { parsed, failed } = readYamlFolder(dir, 'reporting', parseReportingCountry);
  return {
    value: parsed.map(({ value }) => value).sort((a, b) => a.country.localeCompare(b.country)),
    problems: failed.flatMap(({ problems }) => problems),
  };
}

/** Every country of `dir`, validated, by country code; throws with every file's problems when one is wrong. */
export function loadReporting(dir: string | URL = reportingDir): ReportingCountry[] {
  const { parsed, failed } = readYamlFolder(dir, 'reporting', parseReportingCountry);
  if (failed.length > 0) {
    throw new ContentError(
      failed.map(({ message }) => message).join('\n'),
      failed.flatMap(({ problems }) => problems),
    );
  }
  return parsed.map(({ value }) => value).sort((a, b) => a.country.localeCompare(b.country));
}
