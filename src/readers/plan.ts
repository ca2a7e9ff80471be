/** `content/plan.yaml`: the content plan, validated (pure). */
import { categories } from '../config/categories.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { parseYamlWith } from './yaml.ts';

/** Validates the plan; throws a `ContentError` with the line, the field and the fix. */
export function parsePlan(text: string, file: string): Plan {
  return parseYamlWith(text, file, planSchema);
}

/** The written articles of a plan, as `category/slug`, in plan order. */
export function writtenArticles(plan: Plan): string[] {
  return categories.flatMap((category) => plan[category].map((slug) => `${category}/${slug}`));
}
