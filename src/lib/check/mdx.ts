/**
 * Articles compiled as the build compiles them, and what the compile cannot see. The build turns
 * `.mdx` into JavaScript with Astro's MDX processor (Sätteri, from `@astrojs/markdown-satteri`, the
 * `markdown.processor` Astro uses unless told otherwise) with the syntax Starlight turns on
 * (directives, for asides); this compiles each article with the same processor, features and
 * options, so a syntax error is reported here, with its line and column, before Astro starts. Code
 * is not highlighted: highlighting colours code blocks and cannot fail on valid MDX.
 *
 * On the compiled tree it then checks what would only fail while pages render, or render wrong:
 * components that are not imported or not Signpost's, their props and content
 * (`src/components/props.ts`), `{expressions}` in text, unknown asides. It also gives the ids of
 * the page's headings as the build writes them, for the link check.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../../readers/problems.ts';
import {
  contentFixes,
  isWriterComponent,
  propProblems,
  type ComponentSpec,
  writerComponents,
  type PropContext,
} from '../../components/props.ts';
import { closest } from './suggest.ts';

/** Where writers import components from. */
export const componentsModule = '~/components';

/** The aside types Starlight renders (`:::note` … `:::`). */
export const asideTypes = ['note', 'tip', 'caution', 'danger'] as const;

/** Aside names writers know from other tools, and Starlight's word for them. */
const asideAliases: Readonly<Record<string, (typeof asideTypes)[number]>> = {
  info: 'note',
  important: 'caution',
  warning: 'caution',
  warn: 'caution',
  hint: 'tip',
  error: 'danger',
};

/** What the check learns from compiling one article. */
export interface CompiledArticle {
  problems: Problem[];
  /** Ids a link can point at on this page: its headings (as the build makes them) and those its components render. */
  anchors: string[];
  /** Line of the first `<DoThisNow>` written at the top level, if any. */
  doThisNowLine: number | undefined;
  /** Line of the first Markdown heading, if any. */
  firstHeadingLine: number | undefined;
}

/** One article to compile: its path (for messages, and as the file plugins see) and its text. */
export interface MdxSource {
  /** Path from the project root, e.g. `content/docs/en/fees/trading-fees.mdx`. */
  file: string;
  source: string;
}

interface Position {
  start: { line: number; column: number };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  ordered?: boolean | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: Position;
}

/** What the collector saw in one document. */
interface Seen {
  imports: { value: string; position?: Position | undefined }[];
  elements: { node: Node; inline: boolean; topLevel: boolean }[];
  expressions: Node[];
  asides: Node[];
  headingLines: number[];
}

const seenByFile = new Map<string, Seen>();

/** Records the nodes the rules look at, per document (a Sätteri plugin: read only, changes nothing). */
function collector({ fileURL }: { fileURL: URL | undefined }) {
  const seen: Seen = { imports: [], elements: [], expressions: [], asides: [], headingLines: [] };
  seenByFile.set(fileURL?.href ?? '', seen);
  const element =
    (inline: boolean) => (node: Node, context: { parent: (node: Node) => { type: string } | undefined }) => {
      seen.elements.push({ node, inline, topLevel: context.parent(node)?.type === 'root' });
    };
  return {
    name: 'signpost-check-collector',
    options: { position: true },
    mdxjsEsm: (node: Node) => {
      seen.imports.push({ value: node.value ?? '', position: node.position });
    },
    mdxJsxFlowElement: element(false),
    mdxJsxTextElement: element(true),
    mdxFlowExpression: (node: Node) => {
      seen.expressions.push(node);
    },
    mdxTextExpression: (node: Node) => {
      seen.expressions.push(node);
    },
    containerDirective: (node: Node) => {
      seen.asides.push(node);
    },
    heading: (node: Node) => {
      if (node.position) seen.headingLines.push(node.position.start.line);
    },
  };
}

type MdxProcessor = ReturnType<typeof satteri> & {
  createMdxRenderer: NonNullable<ReturnType<typeof satteri>['createMdxRenderer']>;
};
type Renderer = Awaited<ReturnType<MdxProcessor['createMdxRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/** The MDX renderer, made once: Astro's default processor as Starlight sets it up, plus the collector. */
function mdxRenderer(): Promise<Renderer> {
  if (!renderer) {
    // Starlight turns on directive syntax for its asides (`:::note`); it changes how text parses.
    // GitHub-flavoured Markdown and smart punctuation are on, the defaults the build uses too.
    const processor = satteri({ features: { directive: true } }) as MdxProcessor;
    processor.options.mdastPlugins.push(collector);
    // As the build: optimised static content (Starlight's `mdx({ optimize: true })`); no
    // highlighting (see above).
    renderer = processor.createMdxRenderer(
      { syntaxHighlight: false },
      { optimize: true, srcDir: pathToFileURL(process.cwd()), sourcemap: false },
    );
  }
  return renderer;
}

/** The file with its frontmatter blanked out (lines kept), as `@astrojs/mdx` hands it to the processor. */
function withoutFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\r\n]/g, ' '));
}

/** Turns a compile error into the writer's fix. */
function syntaxFix(reason: string): string {
  if (/comment in MDX/.test(reason)) return 'HTML comments do not work in MDX; write {/* comment */}';
  if (/Unexpected character after `<`|before name/.test(reason)) {
    return 'a `<` starts a tag in MDX; to write the character, use `&lt;` (or put it in `code`), and close every component tag';
  }
  if (/closing brace for `\{`/.test(reason)) {
    return 'a `{` starts code in MDX; to write the character, use `\\{` (or put it in `code`)';
  }
  const unclosed = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (unclosed) {
    return `\`<${unclosed[1] ?? ''}>\` is never closed: add \`</${unclosed[1] ?? ''}>\` after its content (with a blank line before it), or write it self-closing, \`<${unclosed[1] ?? ''} />\``;
  }
  const crossed = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(
    reason,
  );
  if (crossed) {
    return `\`</${crossed[1] ?? ''}>\` closes a tag that is not the last one opened (\`<${crossed[2] ?? ''}>\`); close tags in the reverse order you opened them`;
  }
  if (/Could not parse expression/.test(reason)) {
    return "what is between `{` and `}` is not valid: write props as literals, e.g. items={['uid', 'txid']}, and write `\\{` for a brace in text";
  }
  if (/Could not parse esm/.test(reason)) {
    return `the import line is not valid: write \`import { DoThisNow, NeverAsks } from '${componentsModule}';\``;
  }
  return 'fix the MDX syntax at this place';
}

/** A prop value written as a literal (`{3}`, `{['uid', 'txid']}`, `{false}`), or `invalid` when it is code. */
export function readLiteral(text: string): unknown {
  let index = 0;
  const fail = Symbol('invalid');
  const space = () => {
    while (/\s/.test(text[index] ?? '')) index += 1;
  };
  const value = (): unknown => {
    space();
    const char = text[index];
    if (char === '[') {
      index += 1;
      const items: unknown[] = [];
      for (;;) {
        space();
        if (text[index] === ']') {
          index += 1;
          return items;
        }
        const item = value();
        if (item === fail) return fail;
        items.push(item);
        space();
        if (text[index] === ',') index += 1;
        else if (text[index] !== ']') return fail;
      }
    }
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, index + 1);
      if (end < 0) return fail;
      const string = text.slice(index + 1, end);
      index = end + 1;
      return string.includes('\\') ? fail : string;
    }
    const word = /^(?:true|false|null|-?\d+(?:\.\d+)?)/.exec(text.slice(index));
    if (!word) return fail;
    index += word[0].length;
    return word[0] === 'true' ? true : word[0] === 'false' ? false : word[0] === 'null' ? null : Number(word[0]);
  };
  const result = value();
  space();
  return result === fail || index < text.length ? invalidLiteral : result;
}

/** What {@link readLiteral} returns for a value that is not a literal. */
export const invalidLiteral = Symbol('not a literal');

/** The names an `import` line brings in, or the fix when it is not `import { … } from '~/components';`. */
function importedNames(value: string): { names: string[]; fix?: string } {
  const names: string[] = [];
  for (const statement of value
    .split(/;|\n(?=\s*(?:import|export)\b)/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2$/.exec(statement);
    if (!match || match[3] !== componentsModule) {
      return {
        names,
        fix: `articles only import components, as \`import { DoThisNow, NeverAsks } from '${componentsModule}';\`; remove or rewrite \`${statement.split('\n')[0] ?? ''}\``,
      };
    }
    names.push(
      ...(match[1] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    );
  }
  return { names };
}

const componentNames = Object.keys(writerComponents);
const componentList = componentNames.join(', ');

/** The props of an element as the component will receive them, and the fixes for those that cannot be read. */
function propsOf(attributes: readonly Attribute[]): {
  props: Record<string, unknown>;
  unreadable: Set<string>;
  fixes: string[];
} {
  const props: Record<string, unknown> = {};
  const unreadable = new Set<string>();
  const fixes: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      fixes.push('write each prop as name="text" or name={value}; `{...spread}` props are not supported');
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      const literal = readLiteral(value.value);
      if (literal === invalidLiteral) {
        unreadable.add(name);
        fixes.push(
          `\`${name}={${value.value}}\` is code, not a value: write a text, number, true/false or a list, e.g. items={['uid', 'txid']}`,
        );
      } else props[name] = literal;
    }
  }
  return { props, unreadable, fixes };
}

/** Problems of one component use: known, imported, props and content. */
function elementProblems(
  { node, inline }: Seen['elements'][number],
  imported: ReadonlySet<string>,
  context: PropContext,
): string[] {
  const name = node.name;
  if (!name) return ['`<>` fragments are not needed in articles; remove `<>` and `</>`'];
  if (/^[a-z]/.test(name)) {
    const component = componentNames.find((known) => known.toLowerCase() === name.toLowerCase());
    return component ? [`component names are written with capitals: \`<${component}>\`, not \`<${name}>\``] : [];
  }
  if (!isWriterComponent(name)) {
    const guess = closest(name, componentNames);
    return [
      `\`<${name}>\` is not a component articles can use${guess ? `; did you mean \`<${guess}>\`?` : '.'} The components are: ${componentList}`,
    ];
  }
  const problems: string[] = [];
  if (!imported.has(name)) {
    problems.push(
      `\`<${name}>\` is used but not imported: add \`${name}\` to \`import { … } from '${componentsModule}';\` after the frontmatter`,
    );
  }
  const { props, unreadable, fixes } = propsOf(node.attributes ?? []);
  problems.push(...fixes, ...propProblems(name, props, context, unreadable));
  const spec: ComponentSpec = writerComponents[name];
  const children = node.children ?? [];
  const hasList = (ordered: boolean) =>
    children.some((child) => child.type === 'list' && (!ordered || child.ordered === true));
  if (spec.content === 'none' && children.length > 0) problems.push(`${contentFixes.none}: \`<${name} … />\``);
  if (spec.content === 'numbered-list' && (inline || !hasList(true))) problems.push(contentFixes['numbered-list']);
  if (spec.content === 'list' && (inline || !hasList(false))) problems.push(contentFixes.list);
  return problems.map((fix) => (fix.startsWith('`<') || fix.startsWith('component') ? fix : `<${name}>: ${fix}`));
}

/** The ids Starlight gives the page's headings, from the compiled module (`getHeadings()`). */
function headingSlugs(code: string): string[] {
  const json = /export function getHeadings\(\) \{ return (.*); \}/.exec(code)?.[1];
  if (!json) return [];
  return (JSON.parse(json) as { slug: string }[]).map(({ slug }) => slug);
}

/** Compiles one article as the build does and checks its components, props, expressions and asides. */
export async function compileArticle(article: MdxSource, context: PropContext): Promise<CompiledArticle> {
  const { file } = article;
  const problems: Problem[] = [];
  const at = (position: Position | undefined, message: string, field = 'mdx') => {
    problems.push({ file, line: position?.start.line, column: position?.start.column, field, message });
  };
  // The file as plugins see it; Sätteri reads nothing from disk.
  const path = resolve(file);
  const url = pathToFileURL(path);
  let code: string;
  try {
    code = (await (await mdxRenderer()).process(withoutFrontmatter(article.source), path, {})).code;
  } catch (error) {
    const message = (error as Error).message;
    const place = /^(\d+):(\d+):\s*/.exec(message);
    const reason = message
      .slice(place?.[0].length ?? 0)
      .replace(/\s*\([a-z-]+(?::[a-z-]+)?\)$/, '')
      .replace(/\s*\(mdxjs-rs:oxc\)$/, '');
    problems.push({
      file,
      line: place ? Number(place[1]) : undefined,
      column: place ? Number(place[2]) : undefined,
      field: 'mdx',
      message: `${reason}; ${syntaxFix(reason)}`,
    });
    seenByFile.delete(url.href);
    return { problems, anchors: [], doThisNowLine: undefined, firstHeadingLine: undefined };
  }
  const seen = seenByFile.get(url.href);
  seenByFile.delete(url.href);
  if (!seen) return { problems, anchors: headingSlugs(code), doThisNowLine: undefined, firstHeadingLine: undefined };

  const imported = new Set<string>();
  for (const { value, position } of seen.imports) {
    const { names, fix } = importedNames(value);
    if (fix) at(position, fix, 'import');
    for (const name of names) {
      if (isWriterComponent(name)) imported.add(name);
      else {
        const guess = closest(name, componentNames);
        at(
          position,
          `\`${name}\` is not a component of ${componentsModule}${guess ? `; did you mean \`${guess}\`?` : '.'} The components are: ${componentList}`,
          'import',
        );
      }
    }
  }
  const anchors = new Set(headingSlugs(code));
  for (const element of seen.elements) {
    for (const message of elementProblems(element, imported, context)) at(element.node.position, message, 'component');
    const name = element.node.name ?? '';
    const spec: ComponentSpec | undefined = isWriterComponent(name) ? writerComponents[name] : undefined;
    for (const anchor of spec?.anchors ?? []) anchors.add(anchor);
  }
  for (const node of seen.expressions) {
    const value = (node.value ?? '').trim();
    if (/^\/\*[\s\S]*\*\/$/.test(value)) continue;
    at(
      node.position,
      `\`{${value}}\` is read as code and would break the page or show nothing; to show braces write \`\\{${value}\\}\`, for a note to other writers \`{/* … */}\``,
      'expression',
    );
  }
  for (const node of seen.asides) {
    const name = node.name ?? '';
    if ((asideTypes as readonly string[]).includes(name)) continue;
    const guess = asideAliases[name.toLowerCase()] ?? closest(name, asideTypes);
    at(
      node.position,
      `\`:::${name}\` is not an aside, so it shows as plain text; ${guess ? `did you mean \`:::${guess}\`? ` : ''}use :::${asideTypes.join(', :::')}`,
      'aside',
    );
  }
  const doThisNow = seen.elements.find(({ node, topLevel }) => topLevel && node.name === 'DoThisNow');
  return {
    problems,
    anchors: [...anchors],
    doThisNowLine: doThisNow?.node.position?.start.line,
    firstHeadingLine: seen.headingLines.length > 0 ? Math.min(...seen.headingLines) : undefined,
  };
}
