/** The report-a-scam page with JavaScript: `?country=XX` opens that country's section, as the link `#xx` does without it. */
import { requestedCountry } from '../../lib/country-param.ts';

/** Goes to the country `?country=` names, replacing the history entry so Back leaves the page. */
export function openRequestedCountry(doc: Document, location: Location): void {
  const code = requestedCountry(location.search, location.hash, (id) =>
    Boolean(doc.getElementById(id)?.matches('[data-country]')),
  );
  if (code) location.replace(`#${code}`);
}
