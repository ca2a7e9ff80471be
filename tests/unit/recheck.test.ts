/**
 * `npm run channels:recheck` offline: the fixture platform's sources are mapped to a local server
 * whose pages are unchanged, reworded, emptied, moved, gone, slow, huge, not HTML, split across
 * tags, built in the browser, hidden by email protection, or failing once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { fetchPage } from '../../scripts/lib/recheck/fetch-page.ts';
import { decodeCfEmail, findQuote, htmlPageText } from '../../scripts/lib/recheck/page-text.ts';
import { exitStatus, recheck, type FactResult, type RecheckReport } from '../../scripts/lib/recheck/recheck.ts';
import { renderMarkdown, renderText } from '../../scripts/lib/recheck/report.ts';
import { projectRoot } from '../../scripts/lib/project-copy.ts';

const fixtures = join(projectRoot, 'tests/fixtures/recheck/platforms');
const userAgent = 'SignpostRecheck/test (+https://signpost.example.org)';

/** `security@acme-exchange.example` as Cloudflare's email protection writes it, with key 0x2a. */
const protectedEmail = (() => {
  const key = 0x2a;
  const hex = (byte: number) => byte.toString(16).padStart(2, '0');
  return hex(key) + Array.from(Buffer.from('security@acme-exchange.example'), (byte) => hex(byte ^ key)).join('');
})();

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme</title>${head}</head><body>${body}</body></html>`;

/** The fixture pages, by path after the host's prefix (`/help` or `/www`). */
const pages: Record<string, string> = {
  '/unchanged': page(
    '<main><p>Our only address is <a href="https://www.acme-exchange.example/">https://www.acme-exchange.example/</a> and we&rsquo;re not on any other site.</p><p>We do not own acme-help.example.</p></main>',
  ),
  '/split': page(
    '<table><tr><th>Toll&nbsp;free phone number</th><th>Local <em>phone</em> number</th></tr>' +
      '<tr><td><strong>+1 (202)</strong> 555-0100</td><td><span>+1</span> (202) 555&#8209;0101</td></tr></table>',
  ),
  '/reworded': page('<p>For help with your account, contact support@acme-exchange.example.</p>'),
  '/removed': page('<p>Our complaints line has closed. Use the complaint form.</p>'),
  '/app': page(
    '<div id="root"></div><script>window.__DATA__={"title":"Acme Help Center","body":"\\u003cp\\u003eWelcome\\u003c/p\\u003e"}</script>',
  ),
  '/protected': page(
    `<p>Report phishing to <a href="/cdn-cgi/l/email-protection#${protectedEmail}"><span class="__cf_email__" data-cfemail="${protectedEmail}">[email&#160;protected]</span></a>.</p>`,
  ),
  '/new': page('<h1>Safety</h1><p>Acme staff will <strong>never</strong> ask for your password.</p>'),
};

/** How the server saw the run: requests per path, User-Agents, the most requests in flight per host. */
const seen = { requests: new Map<string, number>(), agents: new Set<string>(), maxInFlight: new Map<string, number>() };
const inFlight = new Map<string, number>();
let server: Server;
let origin = '';

/** Streams `megabytes` of filler after `start`, stopping when the client goes away. */
function stream(response: ServerResponse, start: string, megabytes: number) {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.write(`<!doctype html><html><body><p>${start}</p>`);
  const filler = `<p>${'Lorem ipsum dolor sit amet. '.repeat(2340)}</p>`;
  let sent = 0;
  let open = true;
  response.on('close', () => {
    open = false;
  });
  const more = () => {
    while (open && sent < megabytes * 1_000_000) {
      sent += filler.length;
      if (!response.write(filler)) {
        response.once('drain', more);
        return;
      }
    }
    if (open) response.end('</body></html>');
  };
  more();
}

function handle(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const [, host = '', ...rest] = url.pathname.split('/');
  const path = `/${rest.join('/')}`;
  const key = `${host}${path}`;
  seen.requests.set(key, (seen.requests.get(key) ?? 0) + 1);
  seen.agents.add(request.headers['user-agent'] ?? '');
  inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
  seen.maxInFlight.set(host, Math.max(seen.maxInFlight.get(host) ?? 0, inFlight.get(host) ?? 0));
  response.on('close', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
  const html = pages[path];
  if (html) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return;
  }
  switch (path) {
    case '/old':
      response.writeHead(301, { location: `/${host}/new` }).end();
      return;
    case '/flaky':
      if (seen.requests.get(key) === 1) {
        request.socket.destroy();
        return;
      }
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(page('<p>Our only account on X is <a href="https://x.com/AcmeExchange">@AcmeExchange</a>.</p>'));
      return;
    case '/slow': {
      const timer = setTimeout(() => response.end(page('<p>Tickets are answered within two days.</p>')), 3_000);
      response.on('close', () => {
        clearTimeout(timer);
      });
      return;
    }
    case '/huge':
      stream(response, 'Big page.', 20);
      return;
    case '/huge-quote-first':
      stream(response, 'The fee schedule lists every fee.', 20);
      return;
    case '/terms.pdf':
      response
        .writeHead(200, { 'content-type': 'application/pdf' })
        .end('%PDF-1.4 These terms apply to every account.');
      return;
    case '/error':
      response.writeHead(500, { 'content-type': 'text/html' }).end(page('<p>Server error</p>'));
      return;
    default:
      response.writeHead(404, { 'content-type': 'text/html' }).end(page('<p>Not found</p>'));
  }
}

/**
 * The fetch options of the test: short timeout, one retry, a small size cap, short pauses (long
 * enough for the server to see a request the client gave up on close before the next one).
 */
const options = () => ({
  timeoutMs: 400,
  maxBytes: 1_000_000,
  retries: 1,
  retryDelayMs: 50,
  concurrency: 4,
  hostDelayMs: 50,
  userAgent,
  rewrite: (url: string) =>
    url
      .replace('https://help.acme-exchange.example/', `${origin}/help/`)
      .replace('https://www.acme-exchange.example/', `${origin}/www/`),
  unrewrite: (url: string) =>
    url
      .replace(`${origin}/help/`, 'https://help.acme-exchange.example/')
      .replace(`${origin}/www/`, 'https://www.acme-exchange.example/'),
});

let report: RecheckReport;
const result = (field: string, source?: string): FactResult => {
  const found = report.facts.find((fact) => fact.field === field && (!source || fact.source === source));
  if (!found) throw new Error(`no result for ${field}`);
  return found;
};

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  report = await recheck(loadPlatforms(fixtures), options());
}, 30_000);

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('channels:recheck against fixture pages', () => {
  it('finds an unchanged page: quote and value there', () => {
    expect(result('channels.0')).toMatchObject({
      verdict: 'ok',
      quote: 'text',
      valueFound: 'text',
      page: { status: 200, finalUrl: 'https://help.acme-exchange.example/unchanged', redirects: [] },
    });
    expect(result('known-fakes.0')).toMatchObject({ verdict: 'ok', quote: 'text', valueFound: 'text' });
  });

  it('reads a quote split across tags and table cells, with entities and a no-break hyphen', () => {
    expect(result('channels.1')).toMatchObject({ verdict: 'ok', quote: 'text', valueFound: 'text' });
  });

  it('says the evidence is gone when the page was reworded but still gives the value', () => {
    const fact = result('channels.2');
    expect(fact).toMatchObject({ verdict: 'evidence-gone', quote: 'missing', valueFound: 'text' });
    expect(fact.reason).toContain('reworded');
  });

  it('says the evidence is gone when the value was removed', () => {
    const fact = result('channels.3');
    expect(fact).toMatchObject({ verdict: 'evidence-gone', quote: 'missing', valueFound: 'missing' });
    expect(fact.reason).toContain('neither the quote nor the value');
  });

  it('finds the quote of a page built in the browser in its script data, and the host in its address', () => {
    expect(result('channels.4')).toMatchObject({ verdict: 'ok', quote: 'script', valueFound: 'address' });
  });

  it('reads an address hidden by email protection', () => {
    expect(decodeCfEmail(protectedEmail)).toBe('security@acme-exchange.example');
    expect(result('channels.5')).toMatchObject({ verdict: 'ok', quote: 'text', valueFound: 'text' });
  });

  it('retries after a network error, and only then', () => {
    expect(result('channels.6')).toMatchObject({ verdict: 'ok', page: { attempts: 2 }, valueFound: 'text' });
    expect(seen.requests.get('www/flaky')).toBe(2);
    expect(seen.requests.get('www/error')).toBe(1);
    expect(seen.requests.get('help/gone')).toBe(1);
  });

  it('follows a redirect and reports the final address', () => {
    expect(result('never.0')).toMatchObject({
      verdict: 'ok',
      page: { status: 200, redirects: ['https://help.acme-exchange.example/new'] },
    });
    expect(result('never.0').page.finalUrl).toBe('https://help.acme-exchange.example/new');
  });

  it('says the evidence is gone on a 404, and the source is gone for a fact without evidence', () => {
    expect(result('never.1')).toMatchObject({ verdict: 'evidence-gone', page: { status: 404 } });
    expect(result('unclear.0')).toMatchObject({ verdict: 'source-gone', page: { status: 404 } });
    // The unclear fact's second source is a description, not a page: it is not fetched.
    expect(report.facts.filter((fact) => fact.field === 'unclear.0')).toHaveLength(1);
  });

  it('gives up on a slow page after the timeout and its retries, without a verdict', () => {
    const fact = result('notes.0');
    expect(fact).toMatchObject({ verdict: 'unverified', page: { attempts: 2 } });
    expect(fact.page.error).toContain('no answer within 0.4 s');
    expect(seen.requests.get('www/slow')).toBe(2);
  });

  it('reads no more than the cap of a huge page', () => {
    const huge = result('notes.1');
    expect(huge).toMatchObject({ verdict: 'unverified', page: { truncated: true, bytes: 1_000_000 } });
    expect(huge.reason).toContain('larger than the cap');
    // A quote in the part read still counts.
    expect(result('notes.2')).toMatchObject({ verdict: 'ok', page: { truncated: true } });
  });

  it('does not judge a page that is not HTML', () => {
    const pdf = result('notes.3');
    expect(pdf).toMatchObject({
      verdict: 'unverified',
      quote: 'not-checked',
      page: { contentType: 'application/pdf' },
    });
    expect(pdf.reason).toContain('not HTML');
    expect(result('notes.4')).toMatchObject({ verdict: 'unverified', page: { status: 500 } });
  });

  it('fetches each page once, one at a time per host, naming itself', () => {
    expect(seen.requests.get('help/unchanged')).toBe(1);
    expect(seen.requests.get('help/gone')).toBe(1);
    expect(Math.max(...seen.maxInFlight.values())).toBe(1);
    expect([...seen.agents]).toEqual([userAgent]);
    expect(report.pages).toBe(14);
  });

  it('counts the verdicts and fails only on gone evidence (or, strict, on unverified facts)', () => {
    expect(report.totals).toEqual({ ok: 8, 'evidence-gone': 3, 'source-gone': 1, unverified: 4 });
    expect(exitStatus(report)).toBe(1);
    const fine = { ...report, totals: { ...report.totals, 'evidence-gone': 0 } };
    expect(exitStatus(fine)).toBe(0);
    expect(exitStatus(fine, true)).toBe(1);
    // No page answering at all (no network) is a failure, not a pass with everything unverified.
    const offline = report.facts.map((fact): FactResult => {
      const page = { ...fact.page, error: 'fetch failed: ENOTFOUND' };
      delete page.status;
      return { ...fact, page, verdict: 'unverified' };
    });
    const noNetwork = { ...fine, facts: offline, totals: { ...fine.totals, ok: 0, unverified: offline.length } };
    expect(exitStatus(noNetwork)).toBe(1);
    expect(renderText(noNetwork)).toContain('No page answered');
  });

  it('renders the facts to act on and a Markdown table of all', () => {
    const text = renderText(report);
    expect(text).toContain('✗ evidence-gone (3)');
    expect(text).toMatch(/acme channels\.2 \(official email support@acme-exchange\.example\)/);
    expect(text.trim().split('\n').at(-1)).toBe(
      'recheck: 16 facts on 14 pages: 3 evidence-gone, 1 source-gone, 4 unverified, 8 ok',
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| verdict | fact | source | page | quote | value | what to do |');
    expect(markdown.split('\n').filter((line) => line.startsWith('| ✓ ok'))).toHaveLength(8);
  });
});

describe('page text', () => {
  it('reads cells and list items in order, one space apart, and leaves scripts and styles out of the text', () => {
    const text = htmlPageText(
      '<style>p{}</style><ul><li>Ask for your password</li><li>Ask you to <b>install</b> software</li></ul><script>var x = "hidden";</script>',
    );
    expect(text.text).toBe('Ask for your password Ask you to install software');
    expect(text.scripts).toContain('hidden');
    expect(findQuote(text, 'ask for your password ask you to install software')).toBe('text');
    expect(findQuote(text, 'Ask for your PIN')).toBe('missing');
  });

  it('matches curly and straight quotes, and a quote whose spaces the page lays out differently', () => {
    const text = htmlPageText('<p>You’re safe</p><table><tr><td>Hours</td><td>+1 800</td></tr></table>');
    expect(findQuote(text, "You're safe")).toBe('text');
    expect(findQuote(htmlPageText('<p>Hours:</p><p>24/7</p>'), 'Hours:24/7')).toBe('text-ignoring-spaces');
  });
});

describe('fetchPage', () => {
  it('reports a refused connection after its retries as an error, not a status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    const fetched = await fetchPage(`http://127.0.0.1:${port}/`, { ...options(), retries: 2 });
    expect(fetched).toMatchObject({ attempts: 3, bytes: 0 });
    expect(fetched.status).toBeUndefined();
    expect(fetched.error).toMatch(/ECONNREFUSED/);
  });
});

describe('the command', () => {
  it('writes report.json and report.md, prints what needs attention and exits 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'signpost-recheck-'));
    const args = [
      'scripts/recheck.ts',
      '--platforms',
      fixtures,
      '--out',
      out,
      '--timeout',
      '400',
      '--retries',
      '0',
      '--host-delay',
      '0',
      '--max-bytes',
      '1000000',
      '--map',
      `https://help.acme-exchange.example/=${origin}/help/`,
      '--map',
      `https://www.acme-exchange.example/=${origin}/www/`,
    ];
    const child = spawn(process.execPath, args, { cwd: projectRoot });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(stdout).toContain('recheck: 16 facts on 14 pages');
    expect(stdout).toMatch(/tests\/fixtures\/recheck\/platforms\/acme\.yaml:\d+ channels\.3/);
    const written = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as RecheckReport;
    expect(written.userAgent).toMatch(/^SignpostRecheck\/1\.0 \(\+https?:\/\//);
    expect(written.facts.find((fact) => fact.field === 'channels.3')).toMatchObject({
      verdict: 'evidence-gone',
      file: 'tests/fixtures/recheck/platforms/acme.yaml',
      line: 25,
    });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('# Channel data re-check');
  }, 30_000);

  it('refuses a bad option value with exit status 2', async () => {
    const child = spawn(process.execPath, ['scripts/recheck.ts', '--timeout', 'soon'], { cwd: projectRoot });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(2);
    expect(stderr).toContain('--timeout must be a whole number');
  });
});
