/** `node scripts/verify.ts [--json] [input…]`: checks links, emails, phone numbers or handles against content/platforms/. */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadPlatforms } from '../src/readers/platforms-fs.ts';
import { buildVerifyData, explain, verify, type Verdict } from '../src/lib/verify/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    platforms: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: node scripts/verify.ts [--json] [--platforms <dir>] [input…]

Checks each input (a link, domain, email address, phone number or @handle) against the
platform data in content/platforms/ and says whether it is official, a known fake, a lookalike,
unknown or invalid. Without inputs, reads one per line from stdin. --json prints one JSON object
per line: {"input","verdict","platform","reason"}.`);
  process.exit(0);
}

const data = buildVerifyData(loadPlatforms(values.platforms));

/** Marks for the human-readable output. */
const marks: Record<Verdict['verdict'], string> = {
  official: '✓',
  'known-fake': '✗',
  lookalike: '✗',
  unknown: '?',
  invalid: '·',
};

/** The input with the decisive part in [brackets] and misleading parts in {braces}. */
function highlight(result: Verdict): string {
  return result.parts
    .map(({ text, role }) => {
      const shown = text.replace(/[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu, (char) => {
        return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
      });
      return role === 'decisive' ? `[${shown}]` : role === 'misleading' ? `{${shown}}` : shown;
    })
    .join('');
}

/** Prints the verdict for one input. */
function report(input: string): void {
  const result = verify(input, data);
  const reason = explain(result, data);
  if (values.json) {
    console.log(JSON.stringify({ input, verdict: result.verdict, platform: result.platform, reason }));
    return;
  }
  const platform = data.platforms.find((entry) => entry.id === result.platform)?.name;
  console.log(`${marks[result.verdict]} ${result.verdict}${platform ? ` (${platform})` : ''}: ${input}`);
  if (result.parts.some((part) => part.role !== 'plain')) console.log(`  ${highlight(result)}`);
  console.log(`  ${reason} [${result.reason.code}]`);
}

if (positionals.length) {
  for (const input of positionals) report(input);
} else {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) report(line);
  }
}
