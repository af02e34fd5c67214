import { expect, test } from '@playwright/test';

/** No stack trace, SQL or database message may reach a client. */
function expectNoInternals(body: string) {
  expect(body).not.toMatch(/\bat \S+ \(|stack|duckdb|SELECT |Binder Error|Catalog Error|\/work\//i);
}

test.describe('data API', () => {
  for (const url of [
    '/api/forecasts?year=abc',
    '/api/forecasts?age_group=7-12',
    '/api/forecasts?postal_code=1234',
    '/api/forecasts?limit=0',
    '/api/forecasts?unknown=1',
    '/api/forecasts?year=2024&year=2025',
    '/api/areas?municipality=helsinki',
    "/api/areas/00100'%20OR%201=1",
    '/api/plan?scenario=%3Cscript%3E',
    '/api/plan?year=1800',
    '/api/units?near=60.1',
    '/api/units?radius_km=500',
    '/api/geometry',
  ]) {
    test(`bad parameters give 400 with a JSON error: ${url}`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(400);
      expect(response.headers()['content-type']).toContain('application/json');
      const text = await response.text();
      expectNoInternals(text);
      const body = JSON.parse(text);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.issues.length).toBeGreaterThan(0);
    });
  }

  for (const url of [
    '/api/areas/99999',
    '/api/forecasts?postal_code=99999',
    '/api/plan?postal_code=99999',
    '/api/units?postal_code=99999',
    '/api/areas?municipality=999',
    '/api/geometry?municipality=999',
  ]) {
    test(`an unknown area gives 404: ${url}`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      const text = await response.text();
      expectNoInternals(text);
      expect(JSON.parse(text).error.code).toBe('not_found');
    });
  }

  test('areas: suppressed figures are null + suppressed, counts below 5 are null + small', async ({ request }) => {
    const suppressed = await (await request.get('/api/areas/00230')).json();
    const s2015 = suppressed.population.find(
      (r: { year: number; age_group: string }) => r.year === 2015 && r.age_group === '0-2',
    );
    expect(s2015).toMatchObject({ persons: null, suppressed: true });
    const small = await (await request.get('/api/areas/00290')).json();
    const s2021 = small.population.find(
      (r: { year: number; age_group: string }) => r.year === 2021 && r.age_group === '3-6',
    );
    expect(s2021).toMatchObject({ persons: null, small: true, suppressed: false });
    for (const body of [suppressed, small]) {
      for (const row of body.population) if (row.persons !== null) expect(row.persons).toBeGreaterThanOrEqual(5);
    }
  });

  test('areas of a municipality and the list of municipalities', async ({ request }) => {
    const helsinki = await (await request.get('/api/areas?municipality=091')).json();
    expect(helsinki.areas).toHaveLength(84);
    const all = await (await request.get('/api/areas')).json();
    expect(all.municipalities.find((m: { municipality_code: string }) => m.municipality_code === '091')).toMatchObject({
      areas: 84,
      with_geometry: 84,
    });
  });

  test('forecasts never carry a figure below 5', async ({ request }) => {
    const body = await (await request.get('/api/forecasts?municipality=091&limit=10000')).json();
    expect(body.run).not.toBeNull();
    expect(body.forecasts.length).toBeGreaterThan(0);
    for (const f of body.forecasts) {
      for (const k of ['mean', 'lo80', 'hi80', 'lo95', 'hi95'])
        if (f[k] !== null) expect(f[k]).toBeGreaterThanOrEqual(5);
    }
  });

  test('the map geometry is simplified and quantised: 84 Helsinki areas in at most 500 KB', async ({ request }) => {
    const response = await request.get('/api/geometry?municipality=091');
    expect(response.status()).toBe(200);
    const bytes = (await response.body()).length;
    expect(bytes).toBeLessThanOrEqual(500 * 1024);
    const body = JSON.parse((await response.body()).toString('utf8'));
    expect(body.areas).toHaveLength(84);
    // A repeat load is answered from the browser cache.
    const again = await request.get('/api/geometry?municipality=091', {
      headers: { 'if-none-match': response.headers().etag },
    });
    expect(again.status()).toBe(304);
  });
});

test.describe('disclosure control that arithmetic cannot undo', () => {
  test('no plan row of any Helsinki area and year lets a withheld part of the demand be computed back', async ({
    request,
  }) => {
    const body = (await (await request.get('/api/plan?municipality=091')).json()) as {
      rows: Record<string, number | null | Record<string, string>>[];
    };
    expect(body.rows.length).toBeGreaterThan(1000);
    const parts = ['demand_under3', 'demand_3plus_fullday', 'demand_3plus_partday'];
    let withheldParts = 0;
    for (const row of body.rows) {
      const hidden = parts.filter((p) => row[p] === null);
      withheldParts += hidden.length;
      // Total shown and exactly one part hidden would give the part back by subtraction.
      if (row.demand_total !== null) expect(hidden.length, `${row.postal_code} ${row.year}`).not.toBe(1);
      for (const p of parts) if (typeof row[p] === 'number') expect(row[p] as number).toBeGreaterThanOrEqual(5);
    }
    // The search had something to find: small parts exist in the real data.
    expect(withheldParts).toBeGreaterThan(0);
  });
});
