/**
 * `npm run channels:changes`: what the channel data holds that its change log does not record yet,
 * as the entries to add to content/platforms/CHANGES.yaml; `--write --summary "…"` appends them.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { pendingChanges } from '../src/lib/changes.ts';
import { changesFile, loadChanges } from '../src/readers/changes-fs.ts';
import { loadPlatforms } from '../src/readers/platforms-fs.ts';

const usage = `Usage: npm run channels:changes -- [--write --summary "<what changed and why>"] [--date YYYY-MM-DD]

Compares the platform files with their change log (content/platforms/CHANGES.yaml) and prints,
per platform, the entry that records what changed: the channels, unclear values and known fakes
added or removed since the last entry. npm run check fails until the log records them.

Options:
  --write            append the entries to the change log (needs --summary)
  --summary <text>   the summary of each entry: what changed and why, in English
  --date <date>      the date of the entries (default: today, UTC)
  --platforms <dir>  the platform files (default content/platforms/)
  --log <file>       the change log (default content/platforms/CHANGES.yaml)
  -h, --help         this text`;

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    summary: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    platforms: { type: 'string' },
    log: { type: 'string', default: fileURLToPath(changesFile) },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.write && !values.summary?.trim()) {
  console.error(`✗ --write needs --summary "<what changed and why>"\n\n${usage}`);
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`✗ --date takes YYYY-MM-DD, not "${values.date}"`);
  process.exit(2);
}

const pending = pendingChanges(loadChanges(values.log), loadPlatforms(values.platforms));
const logName = relative(process.cwd(), values.log).replaceAll('\\', '/');
if (pending.length === 0) {
  console.log(`✓ ${logName} records every channel, unclear value and known fake of the data.`);
  process.exit(0);
}

const entries = pending.map(({ platform, added, removed }) => ({
  date: values.date,
  platform,
  summary: values.summary?.trim() ?? 'WRITE WHAT CHANGED AND WHY',
  ...(added.length ? { added } : {}),
  ...(removed.length ? { removed } : {}),
}));
const text = stringify(entries, { lineWidth: 0 });

if (values.write) {
  const before = existsSync(values.log) ? readFileSync(values.log, 'utf8') : '';
  appendFileSync(values.log, `${before && !before.endsWith('\n') ? '\n' : ''}${before ? '\n' : ''}${text}`);
  console.log(
    `✓ Added ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} to ${logName}; check them, then run npm run check.`,
  );
} else {
  console.log(
    `# Add to the end of ${logName}, with a summary of what changed and why (or run with --write --summary "…"):\n`,
  );
  process.stdout.write(text);
}
