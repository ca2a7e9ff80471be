/** This project's content, read once per test file through the readers, as the build reads it. */
import { fileURLToPath } from 'node:url';
import { loadSiteContent, type SiteContent } from '../../src/readers/site-fs.ts';

let content: SiteContent | undefined;

/** The project's content (`loadSiteContent` of the project root). */
export function projectContent(): SiteContent {
  content ??= loadSiteContent(fileURLToPath(new URL('../../', import.meta.url)));
  return content;
}
