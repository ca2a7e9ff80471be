/**
 * `npm run check`: the writers' check alone (the build runs it too); exits 1 with file, line, field
 * and fix for every problem.
 *
 *   npm run check                              # this project
 *   node scripts/check.ts --content DIR        # another articles folder (a fixture) in place of content/docs/
 *   node scripts/check.ts --root DIR           # another copy of the project
 */
import { enableCompileCache } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Node keeps the compiled modules (TypeScript stripped, bytecode) between runs: half the start-up.
// The project's modules are imported after this, so they are kept too.
enableCompileCache();
const { localeIds } = await import('../src/config/locales.ts');
const { checkSite, checkSiteWarnings } = await import('../src/lib/check/index.ts');
const { formatProblems } = await import('../src/readers/problems.ts');
const { loadSiteContent } = await import('../src/readers/site-fs.ts');

const { values } = parseArgs({ options: { content: { type: 'string' }, root: { type: 'string' } } });
const root = values.root ?? fileURLToPath(new URL('../', import.meta.url));
const docs = values.content
  ? { dir: values.content, label: `${relative(process.cwd(), values.content).replaceAll('\\', '/')}/` }
  : undefined;

const content = loadSiteContent(root, { docs });
const problems = await checkSite(content);
const warnings = checkSiteWarnings(content);
if (warnings.length > 0) {
  console.warn(formatProblems(warnings, '⚠'));
  console.warn(`\n⚠ check: ${warnings.length} fact(s) checked more than half a year ago; re-check them soon.\n`);
}

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n✗ check: ${problems.length} problem(s) in the content. Fix them and run npm run check again.`);
  process.exit(1);
}
console.log(
  `✓ check: ${content.docs.length} articles in ${localeIds.length} locales: frontmatter, MDX and components, contact details, terms, translations, links and anchors, platform data and its change log, reporting routes, the "What happened?" tree, glossaries and synonym dictionaries are fine.`,
);
