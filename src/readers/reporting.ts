/** `content/reporting/<cc>.yaml`: where to report a scam in one country, parsed and validated (pure). */
import { reportingCountrySchema, type ReportingCountry } from '../schemas/reporting.ts';
import { ContentError, schemaError } from './problems.ts';
import { readYaml } from './yaml.ts';

/**
 * Parses and validates one country's file, named after its country code in lower case (`gb.yaml`
 * has `country: GB`). Throws a {@link ContentError} with the file, the line, the field and the fix.
 */
export function parseReportingCountry(text: string, file: string): ReportingCountry {
  // Every problem of the file on its own line, as platform files report them.
  const { data, lineOf } = readYaml(text, file);
  const result = reportingCountrySchema.safeParse(data);
  if (!result.success) throw schemaError(file, result.error.issues, lineOf);
  const country = result.data;
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
  if (name !== country.country.toLowerCase()) {
    const message = `the country is ${country.country} but the file is ${name}; name the file ${country.country.toLowerCase()}.yaml`;
    throw new ContentError(`${file}: country: ${message}`, [{ file, line: 1, field: 'country', message }]);
  }
  return country;
}

/** Counts of a set of countries' routes by status, as the closing notes and `npm run check` report them. */
export function routeCounts(countries: readonly ReportingCountry[]): { official: number; unclear: number } {
  const routes = countries.flatMap((country) => country.authorities.flatMap((authority) => authority.routes));
  return {
    official: routes.filter((route) => route.status === 'official').length,
    unclear: routes.filter((route) => route.status === 'unclear').length,
  };
}
