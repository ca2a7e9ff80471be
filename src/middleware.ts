/** Astro middleware: each page gets its Content-Security-Policy `<meta>` as it is rendered, hashed from its own inline scripts, and goes to the search index. */
import { defineMiddleware } from 'astro:middleware';
import { withPagePolicyBytes } from './lib/csp.ts';
import { sendPage } from './lib/search/page-sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // The dev server injects scripts of its own after rendering; the policy is for built pages.
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes in, bytes out: Astro writes the bytes, and the page is never decoded and encoded again.
  const page = withPagePolicyBytes(new Uint8Array(await response.arrayBuffer()));
  // The search index takes the page as it is written (src/integrations/search-index.ts).
  sendPage(context.url.pathname, page);
  return new Response(page, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
