/**
 * Fetches source pages for the re-check, within bounds: a timeout per request (body included), a
 * cap on the bytes read, at most five redirects, a User-Agent that names the project, and retries
 * with growing pauses after network errors only (an HTTP status, even 500, is an answer). Pages of
 * one host are fetched one at a time with a pause between them; hosts run side by side up to a limit.
 */
import { mapLimit } from '../../../src/lib/map-limit.ts';

/** Limits and manners of the fetcher. */
export interface FetchOptions {
  /** Milliseconds for one request, from sending it to the last byte read. */
  timeoutMs: number;
  /** Bytes read at most from one response body; the rest is left unread. */
  maxBytes: number;
  /** Retries after a network error or a timeout (not after an HTTP status). */
  retries: number;
  /** Pause before the first retry, doubled before each next one, in milliseconds. */
  retryDelayMs: number;
  /** Hosts fetched at the same time. */
  concurrency: number;
  /** Pause between two requests to the same host, in milliseconds. */
  hostDelayMs: number;
  userAgent: string;
  /** Rewrites an address before it is fetched (tests and mirrors: `https://help.example/` to a local server). */
  rewrite?: (url: string) => string;
  /** Undoes {@link FetchOptions.rewrite} on the addresses reported (redirects, final address). */
  unrewrite?: (url: string) => string;
}

/** What fetching one address gave. */
export interface FetchedPage {
  /** The address asked for. */
  url: string;
  /** The address that answered last, after redirects. */
  finalUrl: string;
  /** Each address redirected to, in order. */
  redirects: string[];
  /** The HTTP status of the last answer, if any came. */
  status?: number;
  /** Its media type, lower case, without parameters (`text/html`). */
  contentType?: string;
  /** The body as text, decoded with the page's charset; at most {@link FetchOptions.maxBytes} bytes of it. */
  body?: string;
  /** Bytes read from the body. */
  bytes: number;
  /** True when the body was longer than the cap and only its start was read. */
  truncated: boolean;
  /** Requests made, retries included. */
  attempts: number;
  /** The network error or timeout that stopped the last attempt. */
  error?: string;
}

/** Redirects followed at most. */
const maxRedirects = 5;

/** Sleeps `ms` milliseconds. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The charset named in a Content-Type header or in the first bytes of an HTML page, if any. */
function charsetOf(contentType: string, head: Uint8Array): string | undefined {
  const fromHeader = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const start = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(start)?.[1];
}

/** Decodes a body with its charset, falling back to UTF-8 for a name the runtime does not know. */
function decode(bytes: Uint8Array, contentType: string): string {
  const charset = charsetOf(contentType, bytes) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads at most `maxBytes` of a body, then stops reading; says whether there was more. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!body) return { bytes: new Uint8Array(), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - length;
    chunks.push(value.length > room ? value.subarray(0, room) : value);
    length += Math.min(value.length, room);
    if (value.length >= room) {
      // At the cap: another chunk would only be thrown away, so stop the download here.
      truncated = value.length > room || !(await reader.read()).done;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, truncated };
}

/** The message of a network error, with its cause (`fetch failed: ECONNREFUSED`). */
function errorText(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message}: ${cause.code ?? cause.message ?? ''}`.trim() : message;
}

/** One attempt: the request and its redirects, under one timeout. Throws on a network error. */
async function attempt(url: string, options: FetchOptions): Promise<Omit<FetchedPage, 'url' | 'attempts'>> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const rewrite = options.rewrite ?? ((value: string) => value);
  const unrewrite = options.unrewrite ?? ((value: string) => value);
  const redirects: string[] = [];
  let current = url;
  for (;;) {
    const response = await fetch(rewrite(current), {
      redirect: 'manual',
      signal,
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
      },
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location && redirects.length < maxRedirects) {
      await response.body?.cancel();
      const next = unrewrite(new URL(location, rewrite(current)).href);
      if (!/^https?:$/.test(new URL(next).protocol)) {
        return { finalUrl: current, redirects, status: response.status, bytes: 0, truncated: false };
      }
      redirects.push(next);
      current = next;
      continue;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const { bytes, truncated } = await readCapped(response.body, options.maxBytes);
    return {
      finalUrl: current,
      redirects,
      status: response.status,
      contentType: contentType.split(';')[0]?.trim().toLowerCase() ?? '',
      body: decode(bytes, contentType),
      bytes: bytes.length,
      truncated,
    };
  }
}

/** Fetches one address, retrying after network errors and timeouts with doubling pauses. */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  for (let attempts = 1; ; attempts += 1) {
    try {
      return { url, attempts, ...(await attempt(url, options)) };
    } catch (caught) {
      const error = errorText(caught, options.timeoutMs);
      if (attempts > options.retries) {
        return { url, finalUrl: url, redirects: [], bytes: 0, truncated: false, attempts, error };
      }
      await pause(options.retryDelayMs * 2 ** (attempts - 1));
    }
  }
}

/** The host of an address, or the whole address when it has none. */
function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

/**
 * Fetches every address once, politely: one request at a time per host with
 * {@link FetchOptions.hostDelayMs} between them, up to {@link FetchOptions.concurrency} hosts at
 * once. Results by address.
 */
export async function fetchPages(urls: Iterable<string>, options: FetchOptions): Promise<Map<string, FetchedPage>> {
  const byHost = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const host = hostOf(url);
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const pages = new Map<string, FetchedPage>();
  await mapLimit([...byHost.values()], options.concurrency, async (hostUrls) => {
    for (const [index, url] of hostUrls.entries()) {
      if (index > 0) await pause(options.hostDelayMs);
      pages.set(url, await fetchPage(url, options));
    }
  });
  return pages;
}
