/**
 * Serving saved pages under the real sites' addresses, for both browsers: one HTTPS server that
 * answers every host name (Chromium maps every host to it; Firefox reaches it through a local
 * proxy whose tunnels all end there), choosing the page by Host and path, and logging each request.
 */
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import selfsigned from 'selfsigned';
import { renderFixture } from './fixtures';
import { SITE_FIXTURES, type SiteFixture } from './site-fixtures';

export interface ServedRequest {
  host: string;
  path: string;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  at: number;
}

export interface Route {
  status?: number;
  type?: string;
  body: string;
  /** Where a redirect (status 301/302) leads, as the real site answers some addresses (Google's `/maps?cid=…`). */
  location?: string;
}

export type Router = (host: string, path: string) => Route | undefined;

export interface FixtureServer {
  port: number;
  requests: ServedRequest[];
  /** Replaces what the server answers. */
  setRouter(router: Router): void;
  /** Serves HTTPS on a connection opened elsewhere (a proxy's tunnel). */
  accept(socket: Socket): void;
  close(): Promise<void>;
}

/** `host/path?query` of an address: what the server matches a request against. */
export function addressKey(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`;
}

/** Every saved page of SITE_FIXTURES at its real address, its dates rendered relative to now. */
export function siteFixtureRouter(fixtures: SiteFixture[] = SITE_FIXTURES): Router {
  const pages = new Map(fixtures.map((f) => [addressKey(f.url), f.file]));
  return (host, path) => {
    const file = pages.get(`${host}${path}`);
    return file ? { body: renderFixture(file, { now: Date.now() }) } : undefined;
  };
}

/** Requests for `host` are passed as they are to a plain HTTP server on loopback (a CouchDB for the sync tests). */
export interface Forward {
  host: string;
  port: number;
  /** While true the server is gone: each connection is dropped unanswered, as a machine that is off or offline. */
  down?: boolean;
  /**
   * Called before a request is passed on: the request waits until the promise settles (a test
   * stops the browser meanwhile), and is dropped unanswered if it rejects (the connection was lost).
   */
  before?(method: string, path: string): Promise<void> | undefined;
}

async function passOn(forward: Forward, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    await forward.before?.(req.method ?? 'GET', req.url ?? '/');
  } catch {
    req.socket.destroy();
    return;
  }
  const upstream = httpRequest(
    { host: '127.0.0.1', port: forward.port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${forward.port}` } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

/** An HTTPS server for every host name; it logs each request. */
export async function startFixtureServer(router: Router, forward?: Forward): Promise<FixtureServer> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
  });
  let current = router;
  const requests: ServedRequest[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({
      host,
      path,
      origin: req.headers.origin,
      referer: req.headers.referer,
      secFetchSite: req.headers['sec-fetch-site'] as string | undefined,
      at: Date.now(),
    });
    if (forward && host === forward.host) {
      if (forward.down) {
        req.socket.destroy();
        return;
      }
      void passOn(forward, req, res);
      return;
    }
    const route = current(host, path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, {
      'content-type': route.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(route.location ? { location: route.location } : {}),
    });
    res.end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    setRouter(next) {
      current = next;
    },
    accept(socket) {
      server.emit('connection', socket);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface ProxiedRequest {
  /** `CONNECT` for a tunnel, else the plain HTTP method. */
  method: string;
  /** host:port of a tunnel, or the absolute URL of a plain request. */
  target: string;
  host: string;
  at: number;
}

export interface ConnectProxy {
  port: number;
  /** Everything the browser asked the proxy for: with every host routed here, any request at all. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * A local HTTP proxy whose every `CONNECT` tunnel ends in `server` (for browsers without host
 * mapping, i.e. Firefox). Plain-HTTP requests are logged and refused: the sites are HTTPS only.
 */
export async function startConnectProxy(server: FixtureServer): Promise<ConnectProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const proxy: HttpServer = createHttpServer((req, res) => {
    const target = req.url ?? '';
    let host = '';
    try {
      host = new URL(target).hostname;
    } catch {
      host = (req.headers.host ?? '').replace(/:\d+$/, '');
    }
    requests.push({ method: req.method ?? 'GET', target, host, at: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('plain HTTP is not served');
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    requests.push({ method: 'CONNECT', target, host: target.replace(/:\d+$/, ''), at: Date.now() });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    server.accept(socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => done());
      }),
  };
}
