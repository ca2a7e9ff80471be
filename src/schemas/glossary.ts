/** `content/glossary/<locale>.yaml`: the words a locale's articles use for one thing, and the variants they avoid. */
import { z } from 'astro/zod';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Letters and digits of Latin script: what may not touch a Latin variant for it to count as a word. */
const latinWordChar = 'A-Za-z0-9\\u00C0-\\u024F';

/**
 * How a variant is found, as a regular expression source (used without case): written in Latin
 * letters, as a whole word, plural `s`/`es` too; in another script, anywhere.
 */
export function variantSource(variant: string): string {
  return /^[\x20-\x7E\u00C0-\u024F]+$/.test(variant)
    ? `(?<![${latinWordChar}])${escape(variant)}(?:e?s)?(?![${latinWordChar}])`
    : escape(variant);
}

/** How an allowed phrase is found: anywhere, in any case. */
export const allowedSource = escape;

const phrase = (what: string) =>
  z
    .string({ error: `write ${what} as text` })
    .trim()
    .min(1, `remove the empty ${what}`)
    .max(40, `shorten ${what} to 40 characters or fewer: a word or a short phrase`);

/** One preferred term and the variants the check flags in titles, descriptions and bodies. */
export const glossaryTermSchema = z
  .strictObject(
    {
      use: phrase('the term').describe('The term articles use.'),
      avoid: z
        .array(phrase('a variant'), { error: 'write `avoid:` as a list of the variants to avoid, e.g. [seed phrase]' })
        .min(1, 'list at least one variant in `avoid:`')
        .describe(
          'Variants flagged in titles, descriptions and bodies (matched without case, as whole words in Latin scripts); keywords may use them, since readers type them.',
        ),
      allow: z
        .array(phrase('an allowed phrase'), { error: 'write `allow:` as a list of phrases' })
        .default([])
        .describe(
          "Longer phrases that contain a variant and are right as they are, e.g. a platform's own name for its tool.",
        ),
      why: z.string().trim().min(1).optional().describe('Why this term: shown with the problem.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.map((key) => `\`${key}\``).join(', ')}; a term has use, avoid, allow and why`
          : 'write each term as `- use: …` with `avoid: […]` under it',
    },
  )
  .superRefine(({ use, avoid }, context) => {
    avoid.forEach((variant, index) => {
      if (new RegExp(variantSource(variant), 'i').test(use)) {
        context.addIssue({
          code: 'custom',
          path: ['avoid', index],
          message: `"${variant}" is part of "${use}" itself, so every correct use would be flagged; remove it`,
        });
      }
    });
  });

/** One locale's glossary. */
export const glossarySchema = z.strictObject(
  {
    terms: z
      .array(glossaryTermSchema, { error: 'write `terms:` as a list of `- use: …` entries' })
      .describe('The terms of this locale, each with the variants to avoid.'),
  },
  { error: 'start the file with `terms:` and a list of `- use: …` entries under it' },
);

/** A validated glossary. */
export type Glossary = z.infer<typeof glossarySchema>;
/** One validated term. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
