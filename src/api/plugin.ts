// PLACEHOLDER (to be replaced by the API v1 implementation)
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services/index.ts';
export async function apiPlugin(_app: FastifyInstance, _opts: { services: Services }): Promise<void> {}
