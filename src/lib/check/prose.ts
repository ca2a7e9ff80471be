/** Rules for an article's text: no web addresses, no links leaving the site, no stray English in another script. */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import { isRealDomain } from './contacts.ts';
import type { CheckOptions } from './options.ts';

/** Prose lines of a body with code, imports, JSX tags and link targets blanked out, keeping line numbers. */
export function proseLines(body: string): string[] {
  let fenced = false;
  return body.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    if (fenced || /^\s*(import|export)\s/.test(line)) return '';
    // Blanked with as many spaces as characters, so columns stay those of the file.
    const blank = (text: string) => ' '.repeat(text.length);
    return line
      .replace(/`[^`]*`/g, blank)
      .replace(/<\/?[A-Za-z][^>]*>/g, blank)
      .replace(/\]\([^)]*\)/g, (target) => `]${blank(target.slice(1))}`);
  });
}

const url = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))/i;
// Not after an at sign (full-width too): the domain of an email address is the contact rule's.
const hostLike = /(?<![\p{L}\p{N}@＠﹫.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?![\p{L}\p{N}-])/gu;

/** Web addresses and domain names in the text, links leaving the site, and English prose in an article of another script (phone numbers and email addresses: `contacts.ts`). */
export function lintBody({ file, locale, body, bodyLine }: ArticleSource, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const allowed = new Set((options.allowedLatin ?? []).map((term) => term.toLowerCase()));
  const names = new Set(options.platformNames);
  const script = options.nonLatinLocales?.[locale];
  const rawLines = body.split('\n');
  proseLines(body).forEach((line, index) => {
    const at = { file, line: bodyLine + index };
    const urlMatch = url.exec(line);
    if (urlMatch) {
      problems.push({
        ...at,
        field: 'body',
        message: `web address "${urlMatch[0]}" written in the text; name the page in words, or link the contact page or the verifier (../../verify/)`,
      });
    }
    if (!urlMatch) {
      // A platform named as the data writes it (Crypto.com, Gate.io) is its name; in any other case it is an address.
      const domain = [...line.matchAll(hostLike)]
        .map(([text]) => text)
        .find((text) => isRealDomain(text) && !names.has(text));
      if (domain) {
        problems.push({
          ...at,
          field: 'body',
          message: `domain name "${domain}" written in the text; a platform's addresses come only from content/platforms/: name its domain with <PlatformDomain id="…" />, list its channels with <PlatformChannels platform="…" />, and write examples with names such as platform.example`,
        });
      }
    }
    if (script !== undefined) {
      // Domain names (already checked above) are not prose.
      const prose = line.replace(hostLike, ' ');
      const words = (prose.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? []).filter((word) => !allowed.has(word.toLowerCase()));
      const phrase = /[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){2,}/.exec(prose);
      if (phrase || words.some((word) => word.length >= 4 && /^[A-Za-z'’-]+$/.test(word))) {
        problems.push({
          ...at,
          field: 'body',
          message: `English text "${phrase?.[0] ?? words.find((w) => w.length >= 4) ?? ''}" in a ${script} article; write it in ${script}, or add a product name to src/config/lint.ts`,
        });
      }
    }
  });
  // Links must be relative: root-absolute ones break under a sub-path, absolute ones leave the site.
  rawLines.forEach((line, index) => {
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)|href=["']([^"']+)["']/g)) {
      const target = match[1] ?? match[2] ?? '';
      const at = { file, line: bodyLine + index, field: 'link' };
      if (target.startsWith('/')) {
        problems.push({
          ...at,
          message: `"${target}" starts at the site root and breaks under a sub-path; write it relative to this page, e.g. ../../contact/`,
        });
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        problems.push({
          ...at,
          message: `"${target}" links outside the site; articles link only to Signpost pages (platform addresses come from content/platforms/)`,
        });
      }
    }
  });
  return problems;
}
