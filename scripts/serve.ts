/** `npm start` / `npm run preview`: serves the built site from `dist/` and prints its address. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { basePath } from '../src/config/site.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
  },
});

const { url } = await serveStatic({ root: values.dir, base: basePath, port: Number(values.port) });
console.log(`\n  Signpost is running at ${url}\n  Press Ctrl+C to stop.\n`);
