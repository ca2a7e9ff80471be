/** Search data: the synonym dictionary writers keep per locale, and the relevance suite that measures search. */
import { z } from 'astro/zod';

const term = z
  .string({ error: 'write each term as text' })
  .trim()
  .min(1, 'remove the empty term')
  .max(40, 'shorten the term to 40 characters or fewer; list words and short phrases, not sentences');

/**
 * `content/search/synonyms.<locale>.yaml`: words readers use for the same thing, and words to ignore.
 * Checked by `npm run check`; applied once, to the search index and to every query.
 */
export const searchDictionarySchema = z
  .object({
    groups: z
      .array(z.array(term).min(2, 'a group needs at least two terms: the word articles use, then what readers type'), {
        error: 'write `groups:` as a list of lists, e.g. - [withdraw, cash out, withdrawl]',
      })
      .describe(
        'Each group lists words readers use for one thing: first the word articles use, then colloquial, wrong and misspelled ones.',
      ),
    stopwords: z
      .array(term, { error: 'write `stopwords:` as a list, e.g. [how, do, i]' })
      .default([])
      .describe('Words that carry no meaning in a query (how, my, 怎么, 了); search ignores them.'),
  })
  .strict()
  .superRefine(({ groups, stopwords }, context) => {
    const seen = new Map<string, number>();
    groups.forEach((group, index) => {
      for (const word of group) {
        const key = word.toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier !== index) {
          context.addIssue({
            code: 'custom',
            path: ['groups', index],
            message: `"${word}" is already in group ${earlier + 1}; a term can belong to one group only, so merge the two groups`,
          });
        }
        seen.set(key, index);
      }
    });
    for (const word of stopwords) {
      if (seen.has(word.toLowerCase())) {
        context.addIssue({
          code: 'custom',
          path: ['stopwords'],
          message: `"${word}" is both a stop word and in a group; remove it from one of them`,
        });
      }
    }
  });

/** A locale's synonym dictionary as written. */
export type SearchDictionaryData = z.infer<typeof searchDictionarySchema>;

/** A page as the relevance suite names it: `<category>/<slug>` for an article, `contact` or `verify` for those pages. */
const pageRef = z
  .string()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, 'name articles as <category>/<slug>, other pages by name (contact)');

/** `tests/search/queries.<locale>.yaml`: what readers type, and which articles should answer it. */
export const relevanceSuiteSchema = z
  .array(
    z
      .object({
        q: z.string().trim().min(1).describe('The query, exactly as a reader would type it.'),
        expect: z.array(pageRef).min(1).describe('Pages that answer it, best first; any of them counts.'),
      })
      .strict(),
  )
  .min(1);

/** One query of the relevance suite. */
export type RelevanceCase = z.infer<typeof relevanceSuiteSchema>[number];
