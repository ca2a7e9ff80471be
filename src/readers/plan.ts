/** `content/plan.yaml`: the content plan, validated (pure). */
import { categories } from '../config/categories.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { ContentError, type Problem } from './problems.ts';
import { readYaml } from './yaml.ts';

/** Validates the plan; throws a {@link ContentError} with the line, the field and the fix. */
export function parsePlan(text: string, file: string): Plan {
  const { data, lineOf } = readYaml(text, file);
  const result = planSchema.safeParse(data);
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => ({
      file,
      line: lineOf(issue.path),
      field: issue.path.join('.') || '(file)',
      message: issue.message,
    }));
    throw new ContentError(`${file}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, problems);
  }
  return result.data;
}

/** The written articles of a plan, as `category/slug`, in plan order. */
export function writtenArticles(plan: Plan): string[] {
  return categories.flatMap((category) => plan[category].map((slug) => `${category}/${slug}`));
}
