import { describe, expect, it } from 'vitest';
import { readEnv } from './env';
import { derivedPath, warehousePath } from './paths';

const envOf = (vars: Record<string, string | undefined>) => vars as unknown as NodeJS.ProcessEnv;

describe('the environment', () => {
  it('uses the defaults when nothing is set, and an empty variable counts as not set', () => {
    const env = readEnv(envOf({ DATABASE_URL: '', PORT: undefined }));
    expect(env).toMatchObject({ PORT: 3000, TILANNEHUONE_MUNICIPALITY: '091', TILANNEHUONE_SMALL_COUNT: 5 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('stops with the name of a broken variable instead of failing somewhere later', () => {
    expect(() => readEnv(envOf({ PORT: 'eighty' }))).toThrow(/^environment variable PORT: /);
    expect(() => readEnv(envOf({ DATABASE_URL: 'mysql://x' }))).toThrow(
      'environment variable DATABASE_URL: expected a postgres:// or postgresql:// URL',
    );
    expect(() => readEnv(envOf({ TILANNEHUONE_MUNICIPALITY: '91' }))).toThrow(/three-digit/);
  });

  it('keeps the derived store beside the warehouse it was computed from', () => {
    const env = envOf({ TILANNEHUONE_DB: '/tmp/x/warehouse.duckdb' });
    expect(warehousePath(env)).toBe('/tmp/x/warehouse.duckdb');
    expect(derivedPath(env)).toBe('/tmp/x/derived.duckdb');
  });
});
