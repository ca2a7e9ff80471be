/** Punycode decoding (RFC 3492) of `xn--` labels, to show the Unicode name a browser would display. */

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;

/** Bias adaptation of RFC 3492 §6.1. */
function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / damp) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((base - tMin) * tMax) >> 1) {
    scaled = Math.floor(scaled / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * scaled) / (scaled + skew));
}

/** Value of one base-36 digit (`a`–`z` = 0–25, `0`–`9` = 26–35), or -1. */
function digitValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return -1;
}

/** Decodes the part after `xn--`; `null` when it is not valid Punycode. */
export function decodePunycode(encoded: string): string | null {
  const delimiter = encoded.lastIndexOf('-');
  const output = delimiter > 0 ? Array.from(encoded.slice(0, delimiter), (char) => char.codePointAt(0) ?? 0) : [];
  if (output.some((code) => code >= 0x80)) return null;
  let n = 0x80;
  let bias = 72;
  let i = 0;
  for (let position = delimiter > 0 ? delimiter + 1 : 0; position < encoded.length;) {
    const previous = i;
    let weight = 1;
    for (let k = base; ; k += base) {
      if (position >= encoded.length) return null;
      const digit = digitValue(encoded.charAt(position++));
      if (digit < 0) return null;
      i += digit * weight;
      const threshold = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < threshold) break;
      weight *= base - threshold;
      if (i > 0x10ffff * (output.length + 1)) return null;
    }
    bias = adapt(i - previous, output.length + 1, previous === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** A host's labels in Unicode: `xn--` labels decoded, others (and undecodable ones) kept. */
export function toUnicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
}
