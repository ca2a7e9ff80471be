/**
 * What a fetched page says, for the re-check: its text as a reader sees it (tags gone, entities
 * decoded, a space at every block boundary so that table cells and list items read in order), its
 * links, and the text inside its scripts (where pages built in the browser keep their content);
 * and the matching of an evidence quote against that text with spaces, quote marks, dashes and
 * case normalised. Pure.
 */
import { parseHTML } from 'linkedom';

/** The parts of a page the re-check looks in. */
export interface PageText {
  /** The page's title and body text, spaces collapsed. */
  text: string;
  /** Every `href` of the page, resolved against the page's address where possible. */
  links: string[];
  /** The text of its inline scripts (JSON escapes undone, markup inside them read as text). */
  scripts: string;
}

/** Elements whose boundaries separate words, as a browser lays them out on their own line or cell. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'img',
  'input',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Elements whose content a reader never sees as text. */
const hiddenElements = new Set(['script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'canvas']);

/**
 * An address Cloudflare's email protection hid (`data-cfemail="…"`, `/cdn-cgi/l/email-protection#…`):
 * hex bytes, the first one the key the others are XORed with.
 */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return undefined;
  const bytes = hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [];
  const [key = 0, ...rest] = bytes;
  return String.fromCharCode(...rest.map((byte) => byte ^ key));
}

/** The minimal shape of a linkedom node this module walks. */
interface WalkNode {
  nodeType: number;
  textContent: string | null;
  localName?: string;
  childNodes?: ArrayLike<WalkNode>;
  getAttribute?: (name: string) => string | null;
}

/** The text, links and script text of an HTML page fetched from `url`. */
export function htmlPageText(html: string, url?: string): PageText {
  const { document } = parseHTML(html);
  const parts: string[] = [];
  const scripts: string[] = [];
  const links: string[] = [];
  const resolve = (href: string) => {
    try {
      return url ? new URL(href, url).href : href;
    } catch {
      return href;
    }
  };
  const walk = (node: WalkNode) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? '';
    if (name === 'script') {
      scripts.push(node.textContent ?? '');
      return;
    }
    if (hiddenElements.has(name)) return;
    const href = node.getAttribute?.('href');
    if (href) {
      const hidden = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(href)?.[1];
      const email = hidden === undefined ? undefined : decodeCfEmail(hidden);
      links.push(email ? `mailto:${email}` : resolve(href));
    }
    const cfEmail = node.getAttribute?.('data-cfemail');
    const decoded = cfEmail ? decodeCfEmail(cfEmail) : undefined;
    const block = blockElements.has(name);
    if (block) parts.push(' ');
    if (decoded) parts.push(decoded);
    else for (const child of Array.from(node.childNodes ?? [])) walk(child);
    if (block) parts.push(' ');
  };
  // Every top-level node: a page without <html> (a fragment, markup from a script) has several.
  for (const node of Array.from(document.childNodes as unknown as ArrayLike<WalkNode>)) walk(node);
  const scriptText = scripts.map(unescapeScript).join(' ');
  return {
    text: collapse(parts.join('')),
    links,
    scripts: scriptText.includes('<') ? htmlPageText(scriptText).text : collapse(scriptText),
  };
}

/** A plain-text page (text/plain) as a {@link PageText}. */
export function plainPageText(text: string): PageText {
  return { text: collapse(text), links: [], scripts: '' };
}

/** Script text with the escapes JSON and JavaScript strings use undone (`\u003c`, `\n`, `\"`, `\/`). */
function unescapeScript(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["'/\\])/g, '$1');
}

/** Whitespace (including no-break spaces) collapsed to single spaces, ends trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Text as the re-check compares it: compatibility forms folded (no-break and full-width spaces,
 * full-width letters), invisible characters dropped (soft hyphens, zero-width spaces), curly quotes
 * made straight, dashes made hyphens, whitespace collapsed, lower case.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Where a quote was found: in the text, in the text once spaces are ignored, in a script, or nowhere. */
export type QuoteMatch = 'text' | 'text-ignoring-spaces' | 'script' | 'missing';

/**
 * Finds an evidence quote in a page: first in its text as a reader sees it; then ignoring spaces
 * (a page may lay out cells or lines with no space between them where the quote has one); then in
 * the text of its scripts, where a page built in the browser keeps its content.
 */
export function findQuote(page: PageText, quote: string): QuoteMatch {
  const wanted = normalizeText(quote);
  if (!wanted) return 'missing';
  const text = normalizeText(page.text);
  if (text.includes(wanted)) return 'text';
  const compact = (value: string) => value.replace(/ /g, '');
  if (compact(text).includes(compact(wanted))) return 'text-ignoring-spaces';
  const scripts = normalizeText(page.scripts);
  if (scripts && compact(scripts).includes(compact(wanted))) return 'script';
  return 'missing';
}
