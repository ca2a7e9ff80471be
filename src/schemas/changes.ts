/**
 * The change log of the channel data (`content/platforms/CHANGES.yaml`): one entry per change of a
 * platform's channels, unclear values or known fakes, oldest first. Replayed from the first entry,
 * the log gives exactly the values the platform files hold (`src/lib/changes.ts` checks it), and
 * `/data/changes.xml` is built from it.
 */
import { z } from 'astro/zod';
import { factStatuses } from '../lib/facts.ts';
import { channelKinds, fakeKinds, latestToday } from './platform.ts';

/** The kinds each status can take in a change item. */
const kindsOf: Record<(typeof factStatuses)[number], readonly string[]> = {
  official: channelKinds,
  unclear: channelKinds,
  'known-fake': fakeKinds,
};

/** What is wrong with a change item (`official phone +18889087930`), or `undefined`. */
export function changeItemProblem(item: string): string | undefined {
  const [status = '', kind = '', value, ...rest] = item.split(' ');
  const example = 'e.g. `official phone +18889087930`, `unclear website bitget.site`, `known-fake handle x:@fake`';
  if (value === undefined || rest.length > 0 || !value) {
    return `write each change as "<status> <kind> <value>", three words, ${example}`;
  }
  const kinds = kindsOf[status as keyof typeof kindsOf] as readonly string[] | undefined;
  if (!kinds) return `"${status}" is not a status; start with one of: ${factStatuses.join(', ')}`;
  if (!kinds.includes(kind)) return `"${kind}" is not a kind of ${status} fact; use one of: ${kinds.join(', ')}`;
  return undefined;
}

/** A list of change items. */
const items = (what: string) =>
  z
    .array(
      z
        .string({ error: `write each entry of \`${what}:\` as text: "<status> <kind> <value>"` })
        .superRefine((item, context) => {
          const problem = changeItemProblem(item);
          if (problem) context.addIssue({ code: 'custom', message: problem });
        }),
      { error: `write \`${what}:\` as a list, one "<status> <kind> <value>" per line` },
    )
    .default([]);

/** One entry of the change log. */
export const changeEntrySchema = z
  .strictObject(
    {
      date: z
        .string({ error: 'add `date:`, the day the data changed, as YYYY-MM-DD' })
        .pipe(z.iso.date({ error: 'write `date:` as a real date, YYYY-MM-DD' }))
        .refine((value) => value <= latestToday(), 'set `date:` to the day the data changed; it is in the future')
        .describe('The day the platform file changed (YYYY-MM-DD).'),
      platform: z
        .string({ error: 'add `platform:`, the id of the platform file that changed (kraken for kraken.yaml)' })
        .regex(/^[a-z0-9-]+$/, 'write `platform:` as a platform id, e.g. kraken')
        .describe('The id of the platform whose data changed.'),
      summary: z
        .string({ error: 'add `summary:`, one or two English sentences: what changed and why' })
        .trim()
        .min(1, 'write in `summary:` what changed and why')
        .max(400, 'shorten `summary:` to 400 characters')
        .describe('What changed and why, in English; the title of the entry in the Atom feed.'),
      added: items('added').describe('Values the data gained: "<status> <kind> <value>".'),
      removed: items('removed').describe('Values the data lost.'),
      changed: items('changed').describe('Values kept whose details changed (hours, purpose, label, source).'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `remove ${issue.keys.map((key) => `\`${key}\``).join(', ')}: an entry has date, platform, summary, added, removed and changed`
          : 'write each entry as date, platform, summary and at least one of added, removed, changed',
    },
  )
  .refine(
    (entry) => entry.added.length + entry.removed.length + entry.changed.length > 0,
    'list what changed under `added:`, `removed:` or `changed:`',
  );

/** The whole log: a list of entries, oldest first. */
export const changeLogSchema = z.array(changeEntrySchema, {
  error: 'write the change log as a list of entries, each starting with "- date:"',
});

/** An entry as written (lists may be left out). */
export type ChangeEntryInput = z.input<typeof changeEntrySchema>;
/** A validated entry. */
export type ChangeEntry = z.output<typeof changeEntrySchema>;
