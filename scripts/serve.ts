/**
 * `npm start` / `npm run preview`: serves the built site from `dist/` at the base path it was built
 * for, and prints its address.
 *
 *   npm start -- --port 8080          # or PORT=8080 npm start
 *   npm run preview -- --port 8080 --dir .cache/dist-base/
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { basePath, defaultPort } from '../src/config/site.ts';
import { builtBase, serveStatic } from './lib/static-server.ts';

/** The command the reader typed, for the messages: `npm start` or `npm run preview`. */
const command = process.env['npm_lifecycle_event'] === 'start' ? 'npm start' : 'npm run preview';

/** Stops with one line that says what to do, instead of a stack trace. */
function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let values: { port: string; dir: string };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: defaultPort },
      dir: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}. Usage: ${command} -- --port 8080`);
}

const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port < 1 || port > 65_535)
  fail(`--port must be a number from 1 to 65535, not "${values.port}". Example: ${command} -- --port 8080`);

const base = builtBase(values.dir) ?? basePath;
try {
  const { url } = await serveStatic({ root: values.dir, base, port });
  console.log(`\n  Signpost is running at ${url}\n  Press Ctrl+C to stop.\n`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const other = port === 65_535 ? 8080 : port + 1;
  if (code === 'EADDRINUSE') fail(`Port ${port} is already in use. Choose another: ${command} -- --port ${other}`);
  if (code === 'EACCES') fail(`Port ${port} needs more privileges. Choose another: ${command} -- --port ${other}`);
  throw error;
}
