/** `node scripts/verify.ts [--json] [--locale <id>] [input…]`: checks links, emails, phone numbers or handles against the channel data. */
import { parseArgs } from 'node:util';
import { defaultLocale, isLocale, localeIds } from '../src/config/locales.ts';
import { loadUiStrings } from '../src/readers/i18n-fs.ts';
import { loadCheckerContent } from '../src/readers/checker-fs.ts';
import { loadPlatforms } from '../src/readers/platforms-fs.ts';
import { plainText, showHidden, verdictMessages, type Message } from '../src/lib/verify-message.ts';
import { buildVerifyData, socialNetworks, verify, type Verdict } from '../src/lib/verify/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    locale: { type: 'string', default: defaultLocale },
    platforms: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: node scripts/verify.ts [--json] [--locale <id>] [--platforms <dir>] [input…]

Checks each input (a link, domain, email address, phone number or @handle) against the
platform data in content/platforms/ and says whether it is official, a known fake, a lookalike,
unknown or invalid, in the words of the checker page (--locale: ${localeIds.join(', ')}).
Without inputs, reads standard input and answers every line, blank ones included, one answer per
line in order (lines end at \\n only). --json prints one JSON object per line:
{"input","verdict","platform","code","headline","reason","notes"}; U+2028 and U+2029 are escaped.`);
  process.exit(0);
}

const locale = values.locale;
if (!isLocale(locale)) {
  console.error(`--locale: "${locale}" is not a locale of the site (${localeIds.join(', ')})`);
  process.exit(2);
}
const data = buildVerifyData(loadPlatforms(values.platforms), loadCheckerContent());
const strings: Readonly<Record<string, string>> = loadUiStrings(locale);
const networks = Object.fromEntries(
  [...socialNetworks, 'viber'].map((id) => [id, strings[`verify.network.${id}`] ?? id]),
);

/** A message in this locale's words, hidden characters shown. */
const say = (message: Message) => plainText(strings[message.key] ?? message.key, message.params);

/** Marks for the human-readable output. */
const marks: Record<Verdict['verdict'], string> = {
  official: '✓',
  'known-fake': '✗',
  lookalike: '✗',
  unknown: '?',
  invalid: '·',
};

/** The input with the decisive part in [brackets], misleading parts in {braces}, hidden characters shown. */
function highlight(result: Verdict): string {
  return result.parts
    .map(({ text, role }) => {
      const shown = showHidden(text);
      return role === 'decisive' ? `[${shown}]` : role === 'misleading' ? `{${shown}}` : shown;
    })
    .join('');
}

/** The answer for one input line: one line of JSON, or a block of text. */
function report(input: string): string {
  const result = verify(input, data);
  const name = data.platforms.find((entry) => entry.id === result.platform)?.name ?? '';
  const [headline, reason, ...rest] = verdictMessages(result, { name, networks, locale, fallback: defaultLocale }).map(
    say,
  );
  const notes = rest.slice(0, -1);
  if (values.json) {
    const line = JSON.stringify({
      input,
      verdict: result.verdict,
      platform: result.platform,
      code: result.reason.code,
      headline,
      reason,
      notes,
    });
    // JSON may carry U+2028/U+2029 raw; escaped, a reader splitting on any line break still sees one line per answer.
    return line.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  }
  const lines = [`${marks[result.verdict]} ${headline ?? ''}: ${showHidden(input)}`];
  if (result.parts.some((part) => part.role !== 'plain')) lines.push(`  ${highlight(result)}`);
  lines.push(`  ${reason ?? ''} [${result.reason.code}]`);
  for (const note of notes) lines.push(`  ${note}`);
  return lines.join('\n');
}

if (positionals.length) {
  for (const input of positionals) console.log(report(input));
} else {
  // Lines end at \n (a \r before it is dropped): one answer per line, in order, blank lines and U+2028 included.
  let pending = '';
  const out: string[] = [];
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    pending += chunk as string;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) out.push(report(line.replace(/\r$/, '')));
    if (out.length) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (pending !== '') console.log(report(pending.replace(/\r$/, '')));
}
