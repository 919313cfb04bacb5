import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has safe defaults: loopback, ./data, 15 minutes idle, 12 hours absolute', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: path.resolve('data'), databaseUrl: undefined, logLevel: 'info' });
    expect(c.session).toEqual({ idleMs: 15 * 60_000, absoluteMs: 12 * 3_600_000 });
    // ASVS 2.3.1: a password an administrator sets works for 72 hours unless changed.
    expect(c.signIn.temporaryPasswordMs).toBe(72 * 3_600_000);
    expect(loadConfig({ LANTERN_TEMPORARY_PASSWORD_HOURS: '24' }).signIn.temporaryPasswordMs).toBe(24 * 3_600_000);
    expect(() => loadConfig({ LANTERN_TEMPORARY_PASSWORD_HOURS: '0' })).toThrow(/LANTERN_TEMPORARY_PASSWORD_HOURS/);
  });

  it('lets command-line options win over the environment, and the environment over defaults', () => {
    expect(loadConfig({ LANTERN_PORT: '4000' }, { port: 5000 }).port).toBe(5000);
    expect(loadConfig({ LANTERN_LOG_LEVEL: 'debug' }, { defaultLogLevel: 'warn' }).logLevel).toBe('debug');
    expect(loadConfig({}, { defaultLogLevel: 'warn' }).logLevel).toBe('warn');
  });

  it('runs one web server process unless told otherwise; auto is one per core, at most 8', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ LANTERN_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ LANTERN_WORKERS: 'auto' }).workers).toBe(Math.min(8, os.availableParallelism()));
  });

  it.each([
    [{ LANTERN_PORT: 'abc' }, 'LANTERN_PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ LANTERN_COOKIE_SECURE: 'maybe' }, 'LANTERN_COOKIE_SECURE'],
    [{ LANTERN_WORKERS: '0' }, 'LANTERN_WORKERS'],
    [{ LANTERN_WORKERS: 'many' }, 'LANTERN_WORKERS'],
  ])('names the bad variable in %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
