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
import { ContentError } from './problems.ts';

/** A YAML file read as a document, with a way to find the line of any field. */
export interface YamlDocument {
  data: unknown;
  /** The 1-based line where the field at `path` (e.g. `['channels', 2, 'checked']`) is written, or its nearest written parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The line of the key of the field at `path` (`keywords:` rather than its first item), or {@link YamlDocument.lineOf}. */
  keyLineOf: (path: readonly PropertyKey[]) => number;
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
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : undefined;
    const reason = (error as Error).message.split('\n')[0] ?? '';
    const message = `the YAML is malformed (${reason}); check indentation and quotes`;
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
