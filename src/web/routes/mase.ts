import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services/index.ts';

export function maseRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
