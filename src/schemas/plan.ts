/** `content/plan.yaml`: the articles the help center must carry, by category, and those not written yet. */
import { z } from 'astro/zod';
import { categories } from '../config/categories.ts';

const slug = z
  .string({ error: 'write each slug as text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write slugs in lower case words joined by hyphens, as the file is named');

/** Slugs written in the default locale, per category, in the order of the plan. */
const written = Object.fromEntries(
  categories.map((category) => [
    category,
    z.array(slug).default([]).describe(`Slugs of the ${category} articles written in the default locale.`),
  ]),
) as Record<(typeof categories)[number], z.ZodDefault<z.ZodArray<typeof slug>>>;

/** The whole plan. */
export const planSchema = z.strictObject(
  {
    ...written,
    planned: z
      .array(
        z
          .string({ error: 'write each planned article as <category>/<slug>' })
          .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write each planned article as <category>/<slug>'),
      )
      .default([])
      .describe('Articles not written yet, as <category>/<slug>; moved to their category when written.'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')} is not a category; use one of: ${categories.join(', ')}, or planned`
        : undefined,
  },
);

/** The content plan as written. */
export type Plan = z.infer<typeof planSchema>;
