// Serves the portal replicas over HTTPS under their real host names, so the
// browsers load https://tauval.spbe.go.id/… and the extension's shipped
// manifest `matches` decide injection exactly as they would for users.
//
// One TLS server virtual-hosts every host by the Host header. Browsers reach it
// in two ways:
// - Chromium: `--host-resolver-rules` maps the names straight to tlsPort.
// - Firefox has no such switch (network.dns.localDomains only works for port
//   443), so it uses proxyPort as its HTTP/HTTPS proxy; CONNECT to an allowed
//   host:443 is spliced into the same TLS server. Everything else is refused
//   and logged in `blocked`, which also keeps Firefox off the real network.
//
// The certificate is a throwaway self-signed one made by the `openssl` CLI
// (present on Debian via ca-certificates; nothing is fetched). `spki` is its
// base64 SHA-256 public-key pin for Chromium's
// --ignore-certificate-errors-spki-list.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const PORTAL_HOSTS = ['tauval.spbe.go.id', 'eval.spbe.go.id'] as const;
/** A host outside the manifest's matches: the extension must stay away from it. */
export const OTHER_HOST = 'example.test';
export const ALL_HOSTS = [...PORTAL_HOSTS, OTHER_HOST];

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/portal');

/** A form with a checked radio and a filled textarea, like the portal pages, but on a host the extension must not touch. */
export const OTHER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not a portal</title></head>
<body><h1>Indikator 1</h1><form method="post" action="/simpan">
<input type="radio" name="capaian" value="1"><input type="radio" name="capaian" value="2" checked>
<textarea name="catatan[1]">isi awal</textarea><button type="submit">Simpan</button></form></body></html>`;

export interface LoggedRequest { method: string; host: string; path: string; status: number }

export interface PortalServer {
  tlsPort: number;
  proxyPort: number;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo */
  spki: string;
  /** every request the TLS server answered */
  requests: LoggedRequest[];
  /** non-GET requests (answered 405): a test asserts this stays empty */
  nonGet: LoggedRequest[];
  /** proxy requests for anything but an allowed host:443 (refused) */
  blocked: string[];
  /**
   * Extra HTML pages a test serves beside the fixtures, keyed `host + path`
   * (`tauval.spbe.go.id/e2e/hostile/indikator/12`). Checked before the fixture folders,
   * so a test can also shadow a fixture URL. GET only, like everything else.
   */
  pages: Map<string, string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.pdf': 'application/pdf',
};

function makeCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-e2e-cert-'));
  try {
    const san = ALL_HOSTS.map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=spbe-lens-e2e',
      '-addext', `subjectAltName=${san}`], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (e) {
    throw new Error('e2e: could not make a self-signed certificate with the openssl CLI (apt-get install openssl)', { cause: e });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** /a/b → <root>/a/b/index.html, / → index.html; files with an extension map as is. Null if outside the root or missing. */
export function fixtureFile(host: string, pathname: string): string | null {
  const root = join(FIXTURE_ROOT, host);
  try {
    const rel = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, ''); // throws on a malformed %-escape
    const file = normalize(join(root, rel === '' ? 'index.html' : extname(rel) ? rel : `${rel}/index.html`));
    return file.startsWith(root + sep) && statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export async function startPortalServer(): Promise<PortalServer> {
  const { key, cert } = makeCert();
  const spki = createHash('sha256')
    .update(new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
  const requests: LoggedRequest[] = [];
  const nonGet: LoggedRequest[] = [];
  const blocked: string[] = [];
  const pages = new Map<string, string>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      const entry = { method: req.method ?? '?', host, path, status };
      requests.push(entry);
      if (status === 405) nonGet.push(entry);
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    };
    // Drain any body so a refused POST does not stall the connection.
    req.resume();
    if (req.method !== 'GET') return send(405, 'e2e: only GET is served\n');
    const extra = pages.get(host + path);
    if (extra !== undefined) return send(200, extra, TYPES['.html']);
    if (host === OTHER_HOST) return path === '/' ? send(200, OTHER_PAGE, TYPES['.html']) : send(404, 'not found\n');
    const file = (PORTAL_HOSTS as readonly string[]).includes(host) ? fixtureFile(host, path) : null;
    if (!file) return send(404, 'not found\n');
    send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  };

  const tls = createHttpsServer({ key, cert }, handle);
  const proxy = createHttpServer((req, res) => {
    // Plain-http proxy requests (captive portal checks, http:// URLs) never leave the machine.
    blocked.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    const [host = '', port] = (req.url ?? '').split(':');
    if (!ALL_HOSTS.includes(host) || port !== '443') {
      blocked.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket); // the TLS server takes over the tunnelled socket
  });

  const listen = (s: typeof tls | typeof proxy) =>
    new Promise<number>((ok, fail) => {
      s.once('error', fail);
      s.listen(0, '127.0.0.1', () => ok((s.address() as AddressInfo).port));
    });
  const tlsPort = await listen(tls);
  const proxyPort = await listen(proxy);
  const stop = (s: typeof tls | typeof proxy) =>
    new Promise<void>((ok) => {
      s.close(() => ok());
      s.closeAllConnections(); // keep-alive sockets from the browser would otherwise hold close() open
    });
  return {
    tlsPort, proxyPort, spki, requests, nonGet, blocked, pages,
    close: async () => { await Promise.all([stop(tls), stop(proxy)]); },
  };
}
