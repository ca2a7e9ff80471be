/** `content/glossary/<locale>.yaml`: one locale's preferred terms and the variants to avoid, validated (pure). */
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { parseYamlWith } from './yaml.ts';

/** Parses and validates one glossary; throws a `ContentError` with the file, the line, the field and the fix. */
export function parseGlossary(text: string, file: string): Glossary {
  return parseYamlWith(text, file, glossarySchema);
}
