/** Reads `content/plan.yaml` from disk (Node only). */
import { readFileSync } from 'node:fs';
import type { Plan } from '../schemas/plan.ts';
import { parsePlan } from './plan.ts';
import { problemsOf, type Loaded } from './problems.ts';
import { recordRead } from './reads.ts';

/** Where the plan is, relative to the project root. */
export const planFile = new URL('../../content/plan.yaml', import.meta.url);

/** The plan, or `undefined` with its problems (a missing file is one). */
export function readPlan(file: URL = planFile): Loaded<Plan | undefined> {
  recordRead('plan');
  try {
    return { value: parsePlan(readFileSync(file, 'utf8'), 'content/plan.yaml'), problems: [] };
  } catch (error) {
    return { value: undefined, problems: problemsOf(error, 'content/plan.yaml') };
  }
}
