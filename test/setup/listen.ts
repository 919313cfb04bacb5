import type { FastifyInstance } from 'fastify';

/** Starts the app on a free loopback port and gives its base URL (http://127.0.0.1:PORT). */
export async function listenLocal(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('the app did not listen on a TCP port');
  return `http://127.0.0.1:${addr.port}`;
}
