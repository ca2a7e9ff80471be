/** The re-check report for people: a summary, the facts to act on, and a table of every fact (Markdown). */
import { nothingAnswered, type FactResult, type RecheckReport, type Verdict } from './recheck.ts';

/** A mark per verdict, the same in the terminal and in Markdown. */
export const verdictMarks: Record<Verdict, string> = {
  ok: '✓',
  'evidence-gone': '✗',
  'source-gone': '!',
  unverified: '?',
};

/** The verdicts in the order a reader should act on them. */
const order: Verdict[] = ['evidence-gone', 'source-gone', 'unverified', 'ok'];

/** `coinbase channels.3 phone +18889087930` with the file and line when known. */
function factName(fact: FactResult): string {
  const where = fact.file ? `${fact.file}${fact.line ? `:${fact.line}` : ''}` : fact.platform;
  const value =
    fact.value === undefined ? '' : ` ${fact.kind === 'social' || fact.kind === 'handle' ? '@' : ''}${fact.value}`;
  return `${where} ${fact.field} (${fact.status} ${fact.kind}${value})`;
}

/** The page's answer in a few words: `200`, `200 via 301 → https://…`, `timeout`. */
export function pageSummary(fact: FactResult): string {
  const { page } = fact;
  if (page.status === undefined) return page.error ?? 'no answer';
  const moved = page.redirects.length > 0 ? ` after ${page.redirects.length} redirect(s) to ${page.finalUrl}` : '';
  const size = page.truncated ? `, over the cap (${page.bytes} bytes read)` : '';
  return `HTTP ${page.status}${moved}${size}`;
}

/** The summary line: how many facts on how many pages, and how many of each verdict. */
export function summaryLine(report: RecheckReport): string {
  const counts = order.map((verdict) => `${report.totals[verdict]} ${verdict}`).join(', ');
  return `recheck: ${report.facts.length} facts on ${report.pages} pages: ${counts}`;
}

/**
 * The terminal report: every fact that needs attention, worst first and grouped by source page,
 * with the page's answer and what to do; then the summary line.
 */
export function renderText(report: RecheckReport): string {
  const lines: string[] = [];
  for (const verdict of order.filter((verdict) => verdict !== 'ok')) {
    const facts = report.facts.filter((fact) => fact.verdict === verdict);
    if (facts.length === 0) continue;
    lines.push(`${verdictMarks[verdict]} ${verdict} (${facts.length})`);
    for (const source of new Set(facts.map((fact) => fact.source))) {
      const onPage = facts.filter((fact) => fact.source === source);
      lines.push(`  ${source}: ${pageSummary(onPage[0] as FactResult)}`);
      for (const fact of onPage) lines.push(`    ${factName(fact)}: ${fact.reason}`);
    }
    lines.push('');
  }
  if (nothingAnswered(report)) lines.push('✗ No page answered: is this machine on a network?');
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** A table cell: pipes escaped, lines joined. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/g, ' ');

/** The Markdown report: summary, then a table of every fact, worst first (for a CI job summary or an issue). */
export function renderMarkdown(report: RecheckReport): string {
  const facts = [...report.facts].sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict));
  const rows = facts.map((fact) =>
    [
      `${verdictMarks[fact.verdict]} ${fact.verdict}`,
      factName(fact),
      fact.source,
      pageSummary(fact),
      fact.quote,
      fact.valueFound,
      fact.reason,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '# Channel data re-check',
    '',
    `${summaryLine(report)} (ran ${report.ran}).`,
    '',
    '| verdict | fact | source | page | quote | value | what to do |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}
