/** Reads `content/journeys/what-happened.yaml` from disk (Node only). */
import { readFileSync } from 'node:fs';
import type { WhatHappened } from '../schemas/journeys.ts';
import { parseWhatHappened } from './journeys.ts';
import { problemsOf, valueOf, type Loaded } from './problems.ts';
import { recordRead } from './reads.ts';

/** Where the reader journeys live, relative to the project root. */
export const journeysDir = new URL('../../content/journeys/', import.meta.url);

/** The file of the "What happened?" tree, in that folder. */
export const whatHappenedFile = 'what-happened.yaml';

/** The tree, or `undefined` with its problems (a missing file is one). */
export function readWhatHappened(dir: URL = journeysDir): Loaded<WhatHappened | undefined> {
  recordRead('journeys');
  const file = `content/journeys/${whatHappenedFile}`;
  try {
    return { value: parseWhatHappened(readFileSync(new URL(whatHappenedFile, dir), 'utf8'), file), problems: [] };
  } catch (error) {
    return { value: undefined, problems: problemsOf(error, file) };
  }
}

/** The tree; throws with its problems when it is wrong (tests). */
export function loadWhatHappened(dir: URL = journeysDir): WhatHappened {
  const tree = valueOf(readWhatHappened(dir));
  if (!tree) throw new Error(`content/journeys/${whatHappenedFile} could not be read`);
  return tree;
}
