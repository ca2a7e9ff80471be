/** Damerau–Levenshtein distance (optimal string alignment): typos as insertions, deletions, substitutions, swaps. */

/** The distance between two strings, by code point; stops early and returns `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  // Code points, not UTF-16 units: split only when a surrogate pair is there.
  const pairs = /[\uD800-\uDBFF]/;
  const s = pairs.test(a) ? Array.from(a) : a;
  const t = pairs.test(b) ? Array.from(b) : b;
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (max <= 1) return Math.min(withinOne(s, t), max + 1);
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

/** Code points (or UTF-16 units where there is no surrogate pair) of a string. */
type Units = string | readonly string[];

/** True when `s` from `i` equals `t` from `j`. */
function sameFrom(s: Units, i: number, t: Units, j: number): boolean {
  if (s.length - i !== t.length - j) return false;
  for (; i < s.length; i++, j++) if (s[i] !== t[j]) return false;
  return true;
}

/** {@link editDistance} for a limit of one, in one pass: 0, 1 (one insertion, deletion, substitution or swap) or 2 (more). */
function withinOne(s: Units, t: Units): number {
  let i = 0;
  while (i < s.length && i < t.length && s[i] === t[i]) i++;
  if (i === s.length && i === t.length) return 0;
  if (s.length === t.length) {
    if (sameFrom(s, i + 1, t, i + 1)) return 1;
    return s[i] === t[i + 1] && s[i + 1] === t[i] && sameFrom(s, i + 2, t, i + 2) ? 1 : 2;
  }
  if (s.length === t.length + 1) return sameFrom(s, i + 1, t, i) ? 1 : 2;
  if (t.length === s.length + 1) return sameFrom(s, i, t, i + 1) ? 1 : 2;
  return 2;
}
