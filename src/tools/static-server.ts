import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built site served as static files on 127.0.0.1, the way any plain web server would. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on a free port of 127.0.0.1. With `compressed`, as a production server does
 * (deploy/nginx.conf): the build's `.gz` beside each text file to clients that accept gzip, and
 * hashed assets under /_astro/ cached a year — so speed measurements see what readers download.
 */
export async function serveStatic(dir: string, { compressed = false }: { compressed?: boolean } = {}): Promise<StaticServer> {
  const handler = sirv(dir, {
    dev: false,
    etag: false,
    extensions: ['html'],
    gzip: compressed,
    setHeaders: compressed
      ? (res, pathname) => {
          if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      : undefined,
  });
  const server = http.createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
