/**
 * The glossary rule: variants a locale's glossary (`content/glossary/<locale>.yaml`) avoids, found
 * in the text readers see, each with the term to write instead (pure). Keywords are not checked:
 * they hold what readers type, wrong words included.
 */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import { allowedSource, variantSource, type Glossary } from '../../schemas/glossary.ts';
import { proseLines } from './prose.ts';

/** An avoided variant found in a line: where, what was written, and what to write. */
export interface TermFinding {
  /** 1-based column of the variant. */
  column: number;
  written: string;
  use: string;
  why: string | undefined;
}

/** A glossary prepared for matching: one pattern of every variant (longest first), the term of each, the allowed phrases. */
export interface TermMatcher {
  pattern: RegExp | undefined;
  terms: ReadonlyMap<string, { use: string; why: string | undefined }>;
  allowed: RegExp | undefined;
}

/** Prepares a glossary once, for every line of every article of its locale. */
export function termMatcher(glossary: Glossary): TermMatcher {
  const variants = glossary.terms
    .flatMap(({ use, avoid, why }) => avoid.map((variant) => ({ variant, use, why })))
    .sort((a, b) => b.variant.length - a.variant.length);
  const terms = new Map(variants.map(({ variant, use, why }) => [variant.toLowerCase(), { use, why }]));
  const allow = glossary.terms.flatMap(({ allow: phrases }) => phrases.map(allowedSource));
  return {
    pattern: variants.length
      ? new RegExp(variants.map(({ variant }) => variantSource(variant)).join('|'), 'gi')
      : undefined,
    terms,
    allowed: allow.length ? new RegExp(allow.join('|'), 'gi') : undefined,
  };
}

/** The term of a matched variant, as written (`Seed Phrases` is `seed phrase`). */
function termOf(written: string, terms: TermMatcher['terms']) {
  const lower = written.toLowerCase();
  return terms.get(lower) ?? terms.get(lower.replace(/s$/, '')) ?? terms.get(lower.replace(/es$/, ''));
}

/** The avoided variants in one line of text, in order. */
export function findAvoidedTerms(line: string, matcher: TermMatcher): TermFinding[] {
  if (!matcher.pattern) return [];
  // Allowed phrases are blanked first; the longest variant wins where one holds another.
  const text = matcher.allowed ? line.replace(matcher.allowed, (match) => '\u0000'.repeat(match.length)) : line;
  const found: TermFinding[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const term = termOf(match[0], matcher.terms);
    if (term) found.push({ column: match.index + 1, written: match[0], use: term.use, why: term.why });
  }
  return found;
}

/** The lines of an article readers see as text, with their line numbers: title, description and the body's prose. */
function readLines({ source, body, bodyLine }: Pick<ArticleSource, 'source' | 'body' | 'bodyLine'>) {
  const lines = source.split('\n');
  const shown: { line: number; text: string }[] = [];
  for (let index = 0; index < bodyLine - 1; index += 1) {
    const text = lines[index] ?? '';
    const field = /^(title|description):/.exec(text);
    if (field) shown.push({ line: index + 1, text: `${' '.repeat(field[0].length)}${text.slice(field[0].length)}` });
  }
  proseLines(body).forEach((text, index) => shown.push({ line: bodyLine + index, text }));
  return shown;
}

/** The avoided variants in an article's title, description and text, each with the term to write instead. */
export function checkTerms(article: ArticleSource, matcher: TermMatcher | undefined): Problem[] {
  if (!matcher) return [];
  return readLines(article).flatMap(({ line, text }) =>
    findAvoidedTerms(text, matcher).map(({ column, written, use, why }) => ({
      file: article.file,
      line,
      column,
      field: 'term',
      message: `"${written}": write "${use}" (content/glossary/${article.locale}.yaml${why ? `: ${why}` : ''})`,
    })),
  );
}
