/** Astro middleware: each page gets its Content-Security-Policy `<meta>` as it is rendered, hashed from its own inline scripts. */
import { defineMiddleware } from 'astro:middleware';
import { withPagePolicyBytes } from './lib/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  // The dev server injects scripts of its own after rendering; the policy is for built pages.
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes in, bytes out: Astro writes the bytes, and the page is never decoded and encoded again.
  return new Response(withPagePolicyBytes(new Uint8Array(await response.arrayBuffer())), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
