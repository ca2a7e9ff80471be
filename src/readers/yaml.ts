/** YAML sources read with their line numbers, so every problem can say where it is (pure). */
import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  YAMLParseError,
  type Document,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { ContentError, type Problem } from './problems.ts';

/** A YAML file read as a document, with a way to find the line of any field. */
export interface YamlDocument {
  data: unknown;
  /** The 1-based line where the field at `path` (e.g. `['channels', 2, 'checked']`) is written, or its nearest written parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The line of the key of the field at `path` (`keywords:` rather than its first item), or {@link YamlDocument.lineOf}. */
  keyLineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Where a YAML error is and how to fix it, in a writer's words. The parser notices an unclosed
 * list, map or quote on a later line; the line given is the one where it was opened.
 */
function yamlErrorPlace(text: string, error: unknown): { line: number | undefined; reason: string; fix: string } {
  const found = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : undefined;
  const reason = ((error as Error).message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const code = error instanceof YAMLParseError ? error.code : undefined;
  const lines = text.split('\n');
  /** The last line up to the error where `opened` holds, 1-based. */
  const openedAt = (opened: (line: string) => boolean) => {
    for (let index = Math.min((found ?? 1) - 1, lines.length - 1); index >= 0; index -= 1) {
      if (opened(lines[index] ?? '')) return index + 1;
    }
    return found;
  };
  const count = (line: string, char: string) => line.split(char).length - 1;
  if (code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(reason)) {
    const [open, close] = reason.startsWith('Flow sequence') ? ['[', ']'] : ['{', '}'];
    return {
      line: openedAt((line) => count(line, open) > count(line, close)),
      reason,
      fix: `close the ${open === '[' ? 'list' : 'group'} with \`${close}\` on the line where it starts`,
    };
  }
  if (code === 'MISSING_CHAR' && /quote/.test(reason)) {
    return {
      line: openedAt((line) => count(line, '"') % 2 === 1 || count(line, "'") % 2 === 1),
      reason,
      fix: 'close the quote on the line where it starts',
    };
  }
  if (code === 'DUPLICATE_KEY') return { line: found, reason, fix: 'this field is written twice: keep one' };
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    return {
      line: found,
      reason,
      fix: 'a value that contains `: ` must be quoted, e.g. title: "Deposits: what to check"',
    };
  }
  return { line: found, reason, fix: 'check indentation and quotes' };
}

/** Reads one YAML text; throws a {@link ContentError} with the file, the line and the fix when it is malformed. */
export function readYaml(text: string, file: string, options: ParseOptions & SchemaOptions = {}): YamlDocument {
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter, ...options });
    const [error] = document.errors;
    if (error) throw error;
  } catch (error) {
    const { line, reason, fix } = yamlErrorPlace(text, error);
    const message = `the YAML is malformed (${reason}); ${fix}`;
    throw new ContentError(`${file}${line ? `:${line}` : ''}: ${message}`, [{ file, line, field: 'yaml', message }], {
      cause: error,
    });
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node: unknown = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const keyLineOf = (path: readonly PropertyKey[]) => {
    const parent: unknown = document.getIn(path.slice(0, -1), true);
    const key = path.at(-1);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    return isScalar(pair?.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : lineOf(path);
  };
  return { data: document.toJS(), lineOf, keyLineOf };
}

/** What {@link parseYamlWith} needs of a schema: Zod's `safeParse`. */
interface Schema<T> {
  safeParse: (
    data: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Reads one YAML text and validates it with `schema`; throws a {@link ContentError} with every
 * problem (the file, the line, the field and the fix), its message `file: field: fix; …`.
 */
export function parseYamlWith<T>(text: string, file: string, schema: Schema<T>): T {
  const { data, lineOf } = readYaml(text, file);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((issue) => ({
    file,
    line: lineOf(issue.path),
    field: issue.path.join('.') || '(file)',
    message: issue.message,
  }));
  throw new ContentError(`${file}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, problems);
}
