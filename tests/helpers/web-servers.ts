/**
 * Real web servers for the deploy tests: Debian's nginx, Apache and Caddy, each started with a
 * recipe from docs/deploy.md (only ports, certificate and folder replaced), on free local ports,
 * with its own configuration, PID and log files in a temporary folder, and stopped by its PID.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** The servers the recipes are tested on. */
export type ServerName = 'nginx' | 'apache' | 'caddy';

const binaries: Record<ServerName, string> = { nginx: 'nginx', apache: 'apache2', caddy: 'caddy' };

/** Where Debian puts Apache's modules; the test's configuration loads them from there. */
const apacheModules = '/usr/lib/apache2/modules';

/** The server's program (searched on the PATH and in the sbin folders), or `undefined` when it is not installed. */
export function serverBinary(name: ServerName): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin'];
  const binary = dirs.map((dir) => join(dir, binaries[name])).find((path) => existsSync(path));
  if (name === 'apache' && !existsSync(apacheModules)) return undefined;
  return binary;
}

/** A server started by {@link startServer}. */
export interface RunningServer {
  /** The HTTPS origin (HTTP for Caddy, whose automatic HTTPS the test turns off), without a trailing slash. */
  origin: string;
  /** The plain-HTTP origin that redirects to HTTPS, where the recipe has one. */
  redirectOrigin?: string;
  /** The PEM certificate to trust for {@link origin}. */
  certificate?: string;
  /** The server's error log and output, for failure messages. */
  log: () => string;
  stop: () => Promise<void>;
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Resolves once `port` accepts connections; rejects if `child` exits first or after 15 s. */
async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode ?? ''}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        resolve(false);
      });
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`the server did not listen on ${port} within 15 s:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A throw-away certificate for 127.0.0.1 and localhost, valid one day, written into `dir`; returns the paths of its PEM files. */
export function certificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

const isRoot = process.getuid?.() === 0;

/**
 * Throws, naming the folder, when `dist` cannot be read by the workers nginx and Apache run as
 * `nobody` when the test runs as root: every folder above it must let others in (`mktemp -d` and a
 * home folder often do not), or every request would be a 403 that looks like a broken recipe.
 */
function assertOthersCanRead(dist: string): void {
  if (!isRoot) return;
  const top = dist.replace(/\/+$/, '');
  for (let dir = top; ; dir = dirname(dir)) {
    // Others need x on every folder on the way, and r too on the site's own folder.
    const needed = dir === top ? 0o005 : 0o001;
    if ((statSync(dir).mode & needed) !== needed) {
      throw new Error(
        `the web servers' workers run as nobody and cannot read ${dist}: ${dir} is closed to others (chmod o+rx ${dir})`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

/** Every child started here, stopped when the test process exits however it exits. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Spawns `command`, waits for `port`, and returns how to read its log and stop it by its PID. */
async function launch(
  command: string,
  args: string[],
  { dir, port, logs, env = {} }: { dir: string; port: number; logs: string[]; env?: Record<string, string> },
): Promise<Pick<RunningServer, 'log' | 'stop'>> {
  let output = '';
  const child = spawn(command, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () =>
    [output, ...logs.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8'))].join('\n').trim();
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.pid) process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    children.delete(child);
  };
  try {
    await waitForPort(port, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { log, stop };
}

/** Options of {@link startServer}. */
export interface StartOptions {
  /** The recipe: a block of docs/deploy.md. */
  recipe: string;
  /** The built site to serve, ending in `/`. */
  dist: string;
}

/**
 * Starts `name` with `recipe`, in which `/srv/signpost/dist/` becomes `dist`, the ports become free
 * local ones and the certificate a throw-away one; nothing else changes.
 */
export async function startServer(name: ServerName, { recipe, dist }: StartOptions): Promise<RunningServer> {
  const binary = serverBinary(name);
  if (!binary) throw new Error(`${binaries[name]} is not installed`);
  const dir = mkdtempSync(join(tmpdir(), `signpost-${name}-`));
  const [tlsPort, plainPort] = [await freePort(), await freePort()];
  const site = recipe.replaceAll('/srv/signpost/dist/', dist);

  if (name === 'caddy') {
    const origin = `http://127.0.0.1:${plainPort}`;
    const config = [
      '{',
      '\tadmin off',
      '\tauto_https off',
      `\tstorage file_system ${join(dir, 'data')}`,
      '}',
      site.replace(/^\S*example\.org \{$/m, `${origin} {`),
    ].join('\n');
    writeFileSync(join(dir, 'Caddyfile'), config);
    const home = { HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') };
    const running = await launch(binary, ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
      dir,
      port: plainPort,
      logs: [],
      env: home,
    });
    return { origin, ...running };
  }

  assertOthersCanRead(dist);
  const { cert, key } = certificate(dir);
  const origin = `https://127.0.0.1:${tlsPort}`;
  // The recipes for a site at the root of its host also redirect plain HTTP; those for a sub-path leave that to the host's own block.
  const redirects = /listen 80;|<VirtualHost \*:80>/.test(site);
  const redirectOrigin = redirects ? { redirectOrigin: `http://127.0.0.1:${plainPort}` } : {};
  const errorLog = join(dir, 'error.log');

  if (name === 'nginx') {
    const server = site
      .replace(/^\s*listen \[::\]:.*\n/gm, '')
      .replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${tlsPort} ssl http2;`)
      .replace(/listen 80;/g, `listen 127.0.0.1:${plainPort};`)
      .replace(/ssl_certificate \S+;/g, `ssl_certificate ${cert};`)
      .replace(/ssl_certificate_key \S+;/g, `ssl_certificate_key ${key};`);
    const config = [
      // Workers run as nobody when the test runs as root, as Debian's run as www-data.
      isRoot ? 'user nobody nogroup;' : '',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'worker_processes 1;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${join(dir, temp)};`),
      server,
      '}',
    ].join('\n');
    writeFileSync(join(dir, 'nginx.conf'), config);
    const running = await launch(binary, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      dir,
      port: tlsPort,
      logs: [errorLog],
    });
    return { origin, ...redirectOrigin, certificate: readFileSync(cert, 'utf8'), ...running };
  }

  // Apache: Debian's default modules, and those the recipe asks for (headers, ssl, http2).
  const modules = [
    'mpm_event',
    'access_compat',
    'alias',
    'auth_basic',
    'authn_core',
    'authn_file',
    'authz_core',
    'authz_host',
    'authz_user',
    'autoindex',
    'deflate',
    'dir',
    'env',
    'filter',
    'mime',
    'negotiation',
    'reqtimeout',
    'setenvif',
    'headers',
    'socache_shmcb',
    'ssl',
    'http2',
  ];
  const vhosts = site
    .replace('<VirtualHost *:443>', `<VirtualHost 127.0.0.1:${tlsPort}>`)
    .replace('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${plainPort}>`)
    .replace(/SSLCertificateFile \S+/, `SSLCertificateFile ${cert}`)
    .replace(/SSLCertificateKeyFile \S+/, `SSLCertificateKeyFile ${key}`);
  mkdirSync(join(dir, 'empty'));
  const config = [
    `ServerRoot ${dir}`,
    `PidFile ${join(dir, 'httpd.pid')}`,
    `DefaultRuntimeDir ${dir}`,
    `ErrorLog ${errorLog}`,
    'LogLevel warn',
    'ServerName localhost',
    isRoot ? 'User nobody\nGroup nogroup' : '',
    `Listen 127.0.0.1:${tlsPort} https`,
    redirects ? `Listen 127.0.0.1:${plainPort} http` : '',
    ...modules.map((module) => `LoadModule ${module}_module ${apacheModules}/mod_${module}.so`),
    'TypesConfig /etc/mime.types',
    `DocumentRoot ${join(dir, 'empty')}`,
    '<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>',
    vhosts,
  ].join('\n');
  writeFileSync(join(dir, 'httpd.conf'), config);
  const running = await launch(binary, ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], {
    dir,
    port: tlsPort,
    logs: [errorLog],
  });
  return { origin, ...redirectOrigin, certificate: readFileSync(cert, 'utf8'), ...running };
}

/** A response as sent: status, headers and the body's bytes (not decompressed). */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** GET `url` (trusting `ca` for HTTPS) with `headers`, without following redirects or decompressing. */
export function get(url: string, { ca, headers = {} }: { ca?: string; headers?: Record<string, string> } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest(url, { ca, headers }) : httpRequest(url, { headers });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}
