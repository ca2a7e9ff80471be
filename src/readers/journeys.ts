/** `content/journeys/what-happened.yaml`: the "What happened?" decision tree, parsed and validated (pure). */
import { whatHappenedSchema, type WhatHappened } from '../schemas/journeys.ts';
import { schemaError } from './problems.ts';
import { readYaml } from './yaml.ts';

/** Parses and validates the tree; throws a `ContentError` with every problem, its line, field and fix. */
export function parseWhatHappened(text: string, file: string): WhatHappened {
  const { data, lineOf } = readYaml(text, file);
  const result = whatHappenedSchema.safeParse(data);
  if (!result.success) throw schemaError(file, result.error.issues, lineOf);
  return result.data;
}
