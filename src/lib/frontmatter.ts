/** Splits an MDX/Markdown file into its YAML frontmatter (parsed) and body. */
import { parse } from 'yaml';

/** The parsed frontmatter (an object, or `undefined` if the file has none) and the body text. */
export interface SplitSource {
  data: Record<string, unknown> | undefined;
  body: string;
  /** Line number (1-based) where the body starts, for error messages. */
  bodyLine: number;
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses the frontmatter block; throws a YAML error with its line if it is malformed. */
export function splitFrontmatter(source: string): SplitSource {
  const match = fence.exec(source);
  if (!match) return { data: undefined, body: source, bodyLine: 1 };
  const parsed: unknown = parse(match[1] ?? '');
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
