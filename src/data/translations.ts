/** Translations older than their original (Astro side), from the `translations` collection, looked up once per build. */
import { getCollection } from 'astro:content';

/** When an original changed after its translation, by the translation's article id. */
export interface OutdatedStatus {
  original: string;
  changed: Date;
}

let outdated: Promise<Map<string, OutdatedStatus>> | undefined;

/** The status of the translation with article id `id`, if it is older than its original. */
export async function outdatedTranslation(id: string): Promise<OutdatedStatus | undefined> {
  outdated ??= getCollection('translations').then(
    (entries) => new Map(entries.map(({ id: translation, data }) => [translation, data])),
  );
  return (await outdated).get(id);
}
