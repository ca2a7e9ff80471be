/**
 * The "What happened?" decision tree (`content/journeys/what-happened.yaml`): questions whose
 * answers lead to another question or to an outcome, and outcomes that name the one article to read
 * now and whether to list the platforms' official channels and the countries' reporting routes.
 * The shape of the tree (every answer leads somewhere, every node is reached, no loop, at most four
 * questions on any path) is checked here, by {@link treeProblems}.
 */
import { z } from 'astro/zod';
import { treeProblems } from '../lib/what-happened.ts';
import { errors, localizedText, unknownKeys as unknownKeysIn } from './fields.ts';

const unknownKeys = unknownKeysIn('content/journeys/README.md');

/** A node's id: also its anchor on the page (`#contact`). */
const nodeId = z
  .string(errors('add `id:`, a short name in lower case, e.g. lost-money'))
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'write the id in lower case letters, digits and hyphens, e.g. lost-money');

const answer = z.strictObject(
  {
    text: localizedText('text', 140).describe('The answer as the reader would say it.'),
    next: z
      .string(errors('add `next:`, the id of the question or outcome this answer leads to'))
      .describe('Id of the question or outcome this answer leads to.'),
  },
  { error: unknownKeys },
);

const question = z.strictObject(
  {
    id: nodeId,
    question: localizedText('question', 120),
    answers: z.array(answer).min(2, 'give a question at least two answers').max(6, 'keep a question to six answers'),
  },
  { error: unknownKeys },
);

const outcome = z.strictObject(
  {
    id: nodeId,
    title: localizedText('title', 80).describe('What to do, in a few words.'),
    text: localizedText('text', 300).describe('The first thing to do, in one or two sentences.'),
    article: z
      .string(errors('add `article:`, the article to read now, as category/slug (e.g. safety/if-you-were-scammed)'))
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write `article:` as category/slug, e.g. safety/if-you-were-scammed'),
    platforms: z.boolean().default(false).describe("List every platform's official channels (which platform?)."),
    report: z.boolean().default(false).describe('List where to report in each country (where do you live?).'),
    checker: z.boolean().default(false).describe('Link the channel checker.'),
  },
  { error: unknownKeys },
);

export const whatHappenedSchema = z
  .strictObject(
    {
      start: z.string(errors('add `start:`, the id of the first question')),
      questions: z.array(question).min(1, 'add at least one question'),
      outcomes: z.array(outcome).min(1, 'add at least one outcome'),
    },
    { error: unknownKeys },
  )
  .superRefine((tree, context) => {
    for (const { path, message } of treeProblems(tree)) context.addIssue({ code: 'custom', path, message });
  });

/** The decision tree, as validated. */
export type WhatHappened = z.output<typeof whatHappenedSchema>;
/** A question of the tree. */
export type Question = WhatHappened['questions'][number];
/** An outcome of the tree. */
export type Outcome = WhatHappened['outcomes'][number];
