/** `content/glossary/<locale>.yaml`: one locale's preferred terms and the variants to avoid, validated (pure). */
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { ContentError, type Problem } from './problems.ts';
import { readYaml } from './yaml.ts';

/** Parses and validates one glossary; throws a {@link ContentError} with the file, the line, the field and the fix. */
export function parseGlossary(text: string, file: string): Glossary {
  const { data, lineOf } = readYaml(text, file);
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => ({
      file,
      line: lineOf(issue.path),
      field: issue.path.join('.') || '(file)',
      message: issue.message,
    }));
    throw new ContentError(`${file}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
  }
  return result.data;
}
