/** "Did you mean …?": the known word closest to what a writer typed (pure). */
import { editDistance } from '../verify/distance.ts';

/**
 * The candidate closest to `word`, compared without case, when it is near enough to be a typo (at
 * most a third of its letters wrong, at least one allowed); `undefined` otherwise.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const max = Math.max(1, Math.floor(typed.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase(), max);
    if (distance <= max && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
