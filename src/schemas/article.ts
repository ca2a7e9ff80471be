/** Frontmatter of a Signpost article: the fields writers set on top of Starlight's own. */
import { z } from 'astro/zod';
import { categories } from '../config/categories.ts';

const categoryList = categories.join(', ');

/** Fields every article must carry; Starlight's `title` and `description` are checked with them. */
export const articleFields = z.object({
  description: z
    .string({ error: 'add a one-sentence `description:` (under 160 characters) for search results' })
    .trim()
    .min(1, 'write a one-sentence `description:`; search results show it under the title')
    .max(160, 'shorten `description:` to under 160 characters; search engines cut longer ones')
    .describe('One sentence shown under the title in search results and link previews.'),
  category: z
    .enum(categories, {
      error: (issue) => `"${String(issue.input)}" is not a category; set \`category:\` to one of: ${categoryList}`,
    })
    .describe('The section the article belongs to; must match the folder it is in.'),
  keywords: z
    .array(z.string().trim().min(1, 'remove the empty entry from `keywords:`'), {
      error: 'write `keywords:` as a YAML list, one phrase per line starting with "- "',
    })
    .min(3, 'list at least 3 phrases in `keywords:`: the words readers type, including wrong ones')
    .describe('The words readers type into search, in this locale, including colloquial and wrong terms.'),
  updated: z.coerce
    .date({ error: 'set `updated:` to the date of the last real change, as YYYY-MM-DD' })
    .describe('The date the content was last reviewed or changed; shown as "last updated".'),
  platforms: z
    .array(z.string().regex(/^[a-z0-9-]+$/, 'use platform ids such as `kraken` in `platforms:`'))
    .optional()
    .describe('Ids of the platforms the article is about (see content/platforms/).'),
  urgent: z
    .boolean()
    .optional()
    .describe('True where minutes matter; the article is linked from the urgent box on the home page.'),
});

/** The complete article frontmatter as `npm run check` validates it (title included). */
export const articleSchema = articleFields.extend({
  title: z
    .string({ error: 'add a `title:`; it is the page heading and the search result title' })
    .trim()
    .min(1, 'write a `title:`; it is the page heading and the search result title'),
});

/** Validated article frontmatter. */
export type ArticleData = z.infer<typeof articleSchema>;
