/** Splits a URL the way browsers do (WHATWG URL, special schemes), keeping offsets into the text as written. */

/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** The pieces of an http(s) URL. */
export interface UrlSpans {
  /** `https://` with any slashes and backslashes. */
  scheme: Span;
  /** User name and password, including the final `@`; `null` when there is no `@`. */
  userinfo: Span | null;
  host: Span;
  /** `:` and the port; `null` when there is none. */
  port: Span | null;
  /** Path, query and fragment. */
  rest: Span;
}

/**
 * Splits `scheme:[//]authority[rest]`: slashes and backslashes after the scheme are skipped; the
 * authority ends at the first `/`, `\`, `?` or `#`; its last `@` ends the user name; the first `:`
 * outside `[…]` starts the port. `null` when there is no host. The caller checks the result
 * against `new URL()` and distrusts any difference.
 */
export function splitUrl(url: string): UrlSpans | null {
  const colon = url.indexOf(':');
  if (colon < 1) return null;
  let authorityStart = colon + 1;
  while (url[authorityStart] === '/' || url[authorityStart] === '\\') authorityStart++;
  let authorityEnd = url.length;
  for (let index = authorityStart; index < url.length; index++) {
    if ('/\\?#'.includes(url.charAt(index))) {
      authorityEnd = index;
      break;
    }
  }
  const at = url.lastIndexOf('@', authorityEnd - 1);
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  let hostEnd = authorityEnd;
  let inBrackets = false;
  for (let index = hostStart; index < authorityEnd; index++) {
    const char = url.charAt(index);
    if (char === '[') inBrackets = true;
    else if (char === ']') inBrackets = false;
    else if (char === ':' && !inBrackets) {
      hostEnd = index;
      break;
    }
  }
  if (hostEnd === hostStart) return null;
  return {
    scheme: { start: 0, end: authorityStart },
    userinfo: hostStart > authorityStart ? { start: authorityStart, end: hostStart } : null,
    host: { start: hostStart, end: hostEnd },
    port: hostEnd < authorityEnd ? { start: hostEnd, end: authorityEnd } : null,
    rest: { start: authorityEnd, end: url.length },
  };
}

/** `new URL(text)`, or `null` when browsers refuse it (without `URL.canParse`, which older phones lack). */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Ways a path as written can differ from the path the browser opens, or hide what it names. */
export type PathTrick = 'dot-segment' | 'backslash' | 'encoded-separator' | 'compatibility' | 'invisible';

/**
 * What in a raw path (as written, before `?` and `#`) makes it differ from what the browser opens:
 * dot segments (`/..`, `/.`, `%2e`), backslashes (read as `/`), encoded slashes or backslashes, characters
 * that change under NFKC (full-width letters) and invisible ones.
 */
export function pathTricks(rawPath: string): PathTrick[] {
  const tricks = new Set<PathTrick>();
  const segments = rawPath.split(/[/\\]/);
  if (segments.some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) tricks.add('dot-segment');
  if (rawPath.includes('\\')) tricks.add('backslash');
  if (/%(?:2f|5c|2e)/i.test(rawPath)) tricks.add('encoded-separator');
  if (rawPath.normalize('NFKC') !== rawPath) tricks.add('compatibility');
  if (/[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u.test(rawPath)) tricks.add('invisible');
  return [...tricks];
}

/** Percent-decodes one path segment or value; the text itself if it is not valid percent-encoding. */
export function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
