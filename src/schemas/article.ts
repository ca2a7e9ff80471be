/** Frontmatter of a Signpost article: the fields writers set on top of Starlight's own. */
import { z } from 'astro/zod';
import { categories } from '../config/categories.ts';
import { closest } from '../lib/check/suggest.ts';

const categoryList = categories.join(', ');

/** How YAML read a value, in a writer's words. */
function readAs(value: unknown): string {
  if (value === null) return 'empty';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'object') return 'a group of fields (a `: ` inside the value?)';
  return `text ("${asWritten(value)}")`;
}

/** The text YAML read, written back for a quoted example. */
function asWritten(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The error of a text field: `missing` when it is not there; otherwise what YAML read it as, and
 * to quote it (`title: 123` is a number, `title: Deposits: what to check` a group of fields).
 */
function textErrors(field: string, missing: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? missing
        : `\`${field}:\` must be text, but YAML reads it as ${readAs(issue.input)}: quote it, e.g. ${field}: "${typeof issue.input === 'object' && !(issue.input instanceof Date) ? '…' : asWritten(issue.input)}"`,
  };
}

/** Fields every article must carry; Starlight's `title` and `description` are checked with them. */
export const articleFields = z.object({
  description: z
    .string(textErrors('description', 'add a one-sentence `description:` (under 160 characters) for search results'))
    .trim()
    .min(1, 'write a one-sentence `description:`; search results show it under the title')
    .max(160, 'shorten `description:` to under 160 characters; search engines cut longer ones')
    .describe('One sentence shown under the title in search results and link previews.'),
  category: z
    .enum(categories, {
      error: (issue) =>
        issue.input === undefined
          ? `add \`category:\`, one of: ${categoryList} (the folder the file is in)`
          : `"${asWritten(issue.input)}" is not a category; set \`category:\` to one of: ${categoryList}`,
    })
    .describe('The section the article belongs to; must match the folder it is in.'),
  keywords: z
    .array(
      z
        .string({
          error: (issue) =>
            `write each keyword as text; YAML reads \`${asWritten(issue.input)}\` as ${readAs(issue.input)}: quote it, e.g. - "${asWritten(issue.input)}"`,
        })
        .trim()
        .min(1, 'remove the empty entry from `keywords:`'),
      {
        error: (issue) =>
          issue.input === undefined
            ? 'add `keywords:`: a YAML list of at least 3 phrases readers type, one per line starting with "- "'
            : 'write `keywords:` as a YAML list, one phrase per line starting with "- "',
      },
    )
    .min(3, 'list at least 3 phrases in `keywords:`: the words readers type, including wrong ones')
    .describe('The words readers type into search, in this locale, including colloquial and wrong terms.'),
  updated: z.coerce
    .date({
      error: (issue) =>
        issue.input === undefined
          ? 'add `updated:` with the date of the last real change, as YYYY-MM-DD'
          : 'set `updated:` to the date of the last real change, as YYYY-MM-DD (a real date, without quotes)',
    })
    .describe('The date the content was last reviewed or changed; shown as "last updated".'),
  platforms: z
    .array(z.string().regex(/^[a-z0-9-]+$/, 'use platform ids such as `kraken` in `platforms:`'), {
      error: 'write `platforms:` as a list of platform ids, e.g. [kraken]',
    })
    .optional()
    .describe('Ids of the platforms the article is about (see content/platforms/).'),
  urgent: z
    .boolean({
      error: (issue) =>
        `write \`urgent: true\` (no quotes) where minutes matter, or leave the line out; YAML reads this value as ${readAs(issue.input)}`,
    })
    .optional()
    .describe('True where minutes matter; the article is linked from the urgent box on the home page.'),
});

/** `sidebar:` as writers use it: the position in the sidebar and on the category page. */
const sidebarField = z
  .strictObject(
    {
      order: z
        .number({ error: 'write `order:` under `sidebar:` as a number, e.g. `order: 2`' })
        .describe('Position in the sidebar and on the category page (lower first).'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => unknownFieldFix(key, 'sidebar')).join('; ')
          : 'write `sidebar:` with `order: <number>` indented under it',
    },
  )
  .optional()
  .describe('`order:` under it: the position in the sidebar and on the category page.');

/** Every field writers may set, for messages and the guide. */
export const articleFieldNames = [
  'title',
  'description',
  'category',
  'keywords',
  'updated',
  'urgent',
  'platforms',
  'sidebar',
];

/** Names writers reach for that mean one of ours. */
const fieldAliases: Readonly<Record<string, string>> = {
  tags: 'keywords',
  keyword: 'keywords',
  date: 'updated',
  lastUpdated: 'updated',
  last_updated: 'updated',
  modified: 'updated',
  summary: 'description',
  excerpt: 'description',
  platform: 'platforms',
  categories: 'category',
  order: 'sidebar.order',
};

/** The fix for one field the article schema does not know (`parent`: the field it is under, e.g. `sidebar`). */
export function unknownFieldFix(key: string, parent = ''): string {
  if (parent === 'sidebar') return `\`sidebar:\` takes only \`order:\`; remove \`${key}:\``;
  if (key === 'slug') {
    return "remove `slug:`: a page's address comes from its file name, so rename the file instead (the same name in every language)";
  }
  const meant = fieldAliases[key] ?? closest(key, articleFieldNames);
  return meant
    ? `unknown field \`${key}:\`; did you mean \`${meant}\`?`
    : `unknown field \`${key}:\`; articles use only: ${articleFieldNames.join(', ')} (content/README.md)`;
}

/** The complete article frontmatter as `npm run check` validates it (title included; no other field). */
export const articleSchema = z.strictObject(
  {
    ...articleFields.shape,
    title: z
      .string(textErrors('title', 'add a `title:`; it is the page heading and the search result title'))
      .trim()
      .min(1, 'write a `title:`; it is the page heading and the search result title'),
    sidebar: sidebarField,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => unknownFieldFix(key)).join('; ')
        : 'start the file with a `---` block of fields (title, description, category, keywords, updated)',
  },
);

/** Validated article frontmatter. */
export type ArticleData = z.infer<typeof articleSchema>;
