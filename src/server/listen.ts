/** Serves an application over HTTP with Node, and stops it cleanly. */
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  /** `http://127.0.0.1:3000`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on `port` (0 for any free port) on `hostname`, by default this machine only:
 * there is no sign-in yet.
 * @example const server = await startServer(createApp({ db }), 0); await server.close();
 */
export function startServer(
  app: Hono,
  port: number,
  hostname = '127.0.0.1',
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ url: `http://${host}:${info.port}`, close: () => closeServer(server) });
    });
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
