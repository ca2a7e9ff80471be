/** `npm run check`: the writers' check alone (the build runs it too); exits 1 with file, line, field and fix. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localeIds } from '../src/config/locales.ts';
import { checkSite } from '../src/lib/check/index.ts';
import { formatProblems } from '../src/readers/problems.ts';
import { loadSiteContent } from '../src/readers/site-fs.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = fileURLToPath(new URL('../', import.meta.url));
// Another articles folder (a fixture) in place of content/docs/, named in messages as given.
const docs = values.content
  ? { dir: values.content, label: `${relative(process.cwd(), values.content).replaceAll('\\', '/')}/` }
  : undefined;

const content = loadSiteContent(root, { docs });
const problems = checkSite(content);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n✗ check: ${problems.length} problem(s) in the content. Fix them and run npm run check again.`);
  process.exit(1);
}
console.log(
  `✓ check: ${content.docs.length} articles in ${localeIds.length} locales, frontmatter, translations, links, platform data, its change log and synonym dictionaries are fine.`,
);
