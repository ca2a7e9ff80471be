/** Rules for an article's text: no contact details, no links leaving the site, no stray English in another script. */
import { parse as parseHost } from 'tldts-icann';
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
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
    return line
      .replace(/`[^`]*`/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ');
  });
}

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const url = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))/i;
const phone = /(?:\+|\b)\d[\d\s().-]{5,}\d\b/g;
const hostLike = /(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?![\p{L}\p{N}-])/gu;
/** Names reserved for examples (RFC 2606, RFC 6761): writers may use them to show patterns. */
const exampleNames = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/i;

/** A real domain name (ICANN suffix, not an example name), e.g. `support.platform.com`. */
function isRealDomain(text: string): boolean {
  const host = parseHost(text.toLowerCase(), { allowPrivateDomains: false });
  return Boolean(host.domain && host.isIcann && !exampleNames.test(host.hostname ?? ''));
}

/** A digit run that reads as a phone number: 7–15 digits, grouped or with a leading +, not a date. */
function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return false;
  return text.trim().startsWith('+') || /[\s().-]/.test(text.trim());
}

/** Contact details and absolute links in a body, and English prose in one of a non-Latin script. */
export function lintBody({ file, locale, body, bodyLine }: ArticleSource, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const allowed = new Set((options.allowedLatin ?? []).map((term) => term.toLowerCase()));
  const script = options.nonLatinLocales?.[locale];
  const rawLines = body.split('\n');
  proseLines(body).forEach((line, index) => {
    const at = { file, line: bodyLine + index };
    const emailMatch = email.exec(line);
    if (emailMatch) {
      problems.push({
        ...at,
        field: 'body',
        message: `email address "${emailMatch[0]}" written in the text; link the contact page (../../contact/) instead, where channels come from the platform data`,
      });
    }
    const urlMatch = url.exec(line);
    if (urlMatch) {
      problems.push({
        ...at,
        field: 'body',
        message: `web address "${urlMatch[0]}" written in the text; name the page in words, or link the contact page or the verifier (../../verify/)`,
      });
    }
    if (!urlMatch && !emailMatch) {
      const domain = [...line.matchAll(hostLike)].map(([text]) => text).find(isRealDomain);
      if (domain) {
        problems.push({
          ...at,
          field: 'body',
          message: `domain name "${domain}" written in the text; a platform's addresses come only from content/platforms/ (use <PlatformChannels>), and examples use names such as platform.example`,
        });
      }
    }
    for (const [match] of line.matchAll(phone)) {
      if (looksLikePhone(match)) {
        problems.push({
          ...at,
          field: 'body',
          message: `phone number "${match.trim()}" written in the text; never print a number in an article: link the contact page (../../contact/)`,
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
