/** What the readers of `content/` report: problems with the file, the line, the field and the fix. */

/** One problem, with the file, the field (or link) and the fix. */
export interface Problem {
  /** Path from the project root, e.g. `content/docs/en/fees/trading-fees.mdx`. */
  file: string;
  line?: number | undefined;
  /** 1-based column, where the problem is a place in a line (MDX syntax, a component, a phone number). */
  column?: number | undefined;
  field: string;
  message: string;
}

/** What a reader made of a source: its value (whatever could be read) and the problems it found. */
export interface Loaded<T> {
  value: T;
  problems: Problem[];
}

/** An error carrying the problems behind it; its message is what the reader has always said. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(message: string, problems: readonly Problem[], options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The problems behind an error a reader threw: its own, or one made of its message. */
export function problemsOf(error: unknown, file: string, field = '(file)'): Problem[] {
  if (error instanceof ContentError) return [...error.problems];
  return [{ file, field, message: error instanceof Error ? error.message : String(error) }];
}

/** The value, or a {@link ContentError} listing every problem (for scripts and tests that need it all well). */
export function valueOf<T>({ value, problems }: Loaded<T>): T {
  if (problems.length > 0) throw new ContentError(formatProblems(problems), problems);
  return value;
}

/**
 * Formats problems as `file:line:column` (as far as known) then `  ✗ field: message`, one problem
 * per two lines; `mark` replaces ✗ (⚠ for warnings).
 */
export function formatProblems(problems: readonly Problem[], mark = '✗'): string {
  return problems
    .map(
      ({ file, line, column, field, message }) =>
        `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}\n  ${mark} ${field}: ${message}`,
    )
    .join('\n');
}

/** A schema issue: where in the data (`channels.2.value`) and what to do. */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * The error for a file whose data failed its schema: one problem per issue, each with the line
 * `lineOf` gives for its path; the message starts with the file, then one line per problem.
 */
export function schemaError(file: string, issues: readonly Issue[], lineOf: (path: readonly PropertyKey[]) => number) {
  const problems: Problem[] = issues.map((issue) => ({
    file,
    line: lineOf(issue.path),
    field: issue.path.map(String).join('.') || '(file)',
    message: issue.message,
  }));
  const lines = problems.map(({ line, field, message }) => `  ✗ ${file}:${line ?? 1} ${field}: ${message}`);
  return new ContentError(`${file}: ${problems.length} problem(s)\n${lines.join('\n')}`, problems);
}
