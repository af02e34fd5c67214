import { describe, expect, it } from 'vitest';
import { allowedHosts, checkRequest } from './request-guard';

const hosts = allowedHosts(['tilannehuone.kunta.fi']);
const req = (method: string, headers: Record<string, string>) => ({
  method,
  headers: { get: (n: string) => headers[n.toLowerCase()] ?? null },
});

describe('the request guard', () => {
  it('serves only the product own host names: a rebound DNS name gets nothing', () => {
    expect(checkRequest(req('GET', { host: 'localhost:3000' }), { hosts })).toEqual({ ok: true });
    expect(checkRequest(req('GET', { host: 'tilannehuone.kunta.fi' }), { hosts })).toEqual({ ok: true });
    expect(checkRequest(req('GET', { host: 'evil.example:3000' }), { hosts })).toMatchObject({
      ok: false,
      status: 421,
    });
    expect(checkRequest(req('GET', {}), { hosts })).toMatchObject({ ok: false, status: 421 });
  });

  it('refuses a cross-site write however it is dressed up', () => {
    const post = (headers: Record<string, string>) =>
      checkRequest(req('POST', { host: 'localhost:3000', ...headers }), { hosts });
    expect(post({ origin: 'http://evil.example' })).toMatchObject({ ok: false, status: 403 });
    expect(post({ 'sec-fetch-site': 'cross-site' })).toMatchObject({ ok: false, status: 403 });
    expect(post({ 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' })).toMatchObject({ ok: false });
    // A spoofed X-Forwarded-Host does not make a foreign origin this site.
    expect(post({ origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' })).toMatchObject({ ok: false });
    // Another app on the same machine is another origin.
    expect(post({ origin: 'http://localhost:8080' })).toMatchObject({ ok: false });
    expect(post({ origin: 'null' })).toMatchObject({ ok: false });
  });

  it('lets the product own pages write, and scripts without browser headers', () => {
    const post = (headers: Record<string, string>) =>
      checkRequest(req('POST', { host: 'localhost:3000', ...headers }), { hosts });
    expect(post({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' })).toEqual({ ok: true });
    expect(post({ origin: 'http://localhost:3000' })).toEqual({ ok: true });
    expect(post({})).toEqual({ ok: true });
  });
});
