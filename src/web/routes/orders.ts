import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services/index.ts';

export function ordersRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
