/** The `punycode` package (RFC 3492), imported through its ES module file (`punycode/` alone is a directory import, which Node refuses), so Node's deprecated built-in is not picked. */
declare module 'punycode/punycode.es6.js' {
  /** Decodes a Punycode string (the part after `xn--`); throws a RangeError on invalid input. */
  export function decode(input: string): string;
  /** Encodes a string of Unicode code points as Punycode. */
  export function encode(input: string): string;
  /** Converts a domain name's `xn--` labels to Unicode. */
  export function toUnicode(input: string): string;
  /** Converts a domain name's non-ASCII labels to `xn--` form. */
  export function toASCII(input: string): string;
  const punycode: {
    decode: typeof decode;
    encode: typeof encode;
    toUnicode: typeof toUnicode;
    toASCII: typeof toASCII;
  };
  export default punycode;
}
