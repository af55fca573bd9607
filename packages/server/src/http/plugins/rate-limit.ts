import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../problem.js';

/** A route's rate limit: at most `max` requests a minute from one client address. */
export function perMinute(max: number): { readonly max: number; readonly timeWindow: number } {
  return { max, timeWindow: 60_000 };
}

/** A route's rate limit: at most `max` requests an hour from one client address. */
export function perHour(max: number): { readonly max: number; readonly timeWindow: number } {
  return { max, timeWindow: 3_600_000 };
}

/**
 * Rate limiting for the routes that ask for it (`config.rateLimit`, see {@link perMinute}, {@link perHour}): login,
 * PIN checks, tracking lookups and complaints, fee quotes and required documents, access-right requests. Exceeding
 * it answers 429 problem details with `Retry-After`. Counters live in this instance's memory, so with several
 * instances each counts on its own.
 */
export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpProblem(429, {
        code: 'http.rate-limited',
        message: {
          id: `Terlalu banyak permintaan; coba lagi dalam ${seconds} detik.`,
          en: `Too many requests; try again in ${seconds} seconds.`,
        },
      }, { 'retry-after': String(seconds) });
    },
  });
}
