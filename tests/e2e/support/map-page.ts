import { expect, type Page } from '@playwright/test';

/** Page object of the situation map. */
export class MapPage {
  constructor(readonly page: Page) {}

  readonly areas = () => this.page.locator('.leaflet-overlay-pane path.leaflet-interactive');

  async open(query: Record<string, string> = {}) {
    await this.page.goto(`/map?${new URLSearchParams({ lang: 'en', municipality: '091', ...query }).toString()}`);
    await expect(this.areas()).toHaveCount(84);
  }

  /** The fill colour of every area, in postal-code order of the drawn paths. */
  fills() {
    return this.areas().evaluateAll((paths) => paths.map((p) => p.getAttribute('fill') ?? ''));
  }

  layer(name: string | RegExp) {
    return this.page.locator('fieldset.layer-picker').getByRole('radio', { name });
  }

  year(year: number) {
    return this.page.locator('fieldset.year-picker').getByRole('radio', { name: new RegExp(`^${year}`) });
  }

  /**
   * A real mouse position over the n-th area: a point inside its fill that no other shape (such as a
   * unit marker) covers.
   */
  async pointInside(n: number): Promise<{ x: number; y: number }> {
    const point = await this.areas()
      .nth(n)
      .evaluate((el) => {
        const path = el as SVGPathElement;
        const box = path.getBoundingClientRect();
        const svg = path.ownerSVGElement!;
        const ctm = path.getScreenCTM()!.inverse();
        for (let i = 1; i < 12; i++)
          for (let j = 1; j < 12; j++) {
            const x = box.left + (box.width * i) / 12;
            const y = box.top + (box.height * j) / 12;
            const local = new DOMPoint(x, y).matrixTransform(ctm);
            const p = svg.createSVGPoint();
            p.x = local.x;
            p.y = local.y;
            if (path.isPointInFill(p) && document.elementFromPoint(x, y) === path) return { x, y };
          }
        return null;
      });
    if (!point) throw new Error(`no uncovered point inside area ${n}`);
    return point;
  }

  tableRow(postalCode: string) {
    return this.page.locator('.area-table tbody tr', { hasText: postalCode });
  }
}
