/** Damerau–Levenshtein distance (optimal string alignment): typos as insertions, deletions, substitutions, swaps. */

/** The distance between two strings, by code point; stops early and returns `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  // Code points, not UTF-16 units: split only when a surrogate pair is there.
  const pairs = /[\uD800-\uDBFF]/;
  const s = pairs.test(a) ? Array.from(a) : a;
  const t = pairs.test(b) ? Array.from(b) : b;
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}
