/** The channel checker's own content (`content/checker/`): words per language and other sites' hosts. */
import { z } from 'astro/zod';

/** Lower-case host names, as `new URL().hostname` gives them. */
const host = z
  .string({ error: 'write each host as a name such as bit.ly' })
  .regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'write each host in lower case, without https:// or a path, e.g. bit.ly');

/** A path prefix starting and ending with `/`; `*` is one segment. */
const pathPrefix = z
  .string({ error: 'write each path as a prefix such as /view/ or /*/' })
  .regex(/^\/(?:[^/?#\s]+\/)*$/, 'write each path as a prefix that starts and ends with /, e.g. /view/ or /*/');

/** A word: at least two characters, no spaces. */
const word = z
  .string({ error: 'write each word as text' })
  .trim()
  .regex(/^[^\s]{2,30}$/u, 'write each word as 2 to 30 characters without spaces');

/** `content/checker/words/<language>.yaml`: one language's words. */
export const checkerWordsSchema = z.strictObject({
  lure: z.array(word).default([]).describe('Words scammers glue to a platform name (support, 客服, kefu…).'),
  everyday: z.array(word).default([]).describe('Everyday names one typo from a platform name; never typos.'),
  generic: z.array(word).default([]).describe('Words that are a platform name only with their domain ending.'),
});

/** `content/checker/hosts.yaml`: other sites the checker treats specially. */
export const checkerHostsSchema = z.strictObject({
  redirects: z
    .array(
      z.strictObject({
        hosts: z.array(host).min(1),
        paths: z
          .array(z.string().regex(/^\/\S*$/, 'write each path starting with /, e.g. /url or /l.php'))
          .min(1)
          .describe('Paths that redirect: `/url` matches `/url` and `/url/…`, `/` every path.'),
        params: z
          .array(z.string())
          .min(1)
          .describe('Query parameters holding the destination; "" for the whole query.'),
      }),
    )
    .default([]),
  shorteners: z.array(host).default([]),
  'user-content': z
    .strictObject({
      subdomains: z.array(host).default([]),
      paths: z.array(z.strictObject({ host, paths: z.array(pathPrefix).optional() })).default([]),
    })
    .default({ subdomains: [], paths: [] }),
  'owner-only': z.array(host).default([]),
  namesakes: z.array(host).default([]),
});

/** One language's checker words. */
export type CheckerWords = z.output<typeof checkerWordsSchema>;
/** The checker's host lists. */
export type CheckerHosts = z.output<typeof checkerHostsSchema>;

/** Everything in `content/checker/`: words of every language merged, and the host lists. */
export const checkerContentSchema = z.object({ words: checkerWordsSchema, hosts: checkerHostsSchema });

/** Everything in `content/checker/`. */
export type CheckerContent = z.output<typeof checkerContentSchema>;
