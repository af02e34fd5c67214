import type { Highs, ModelData } from 'highs';

/**
 * A linear model assembled column by column (compressed sparse columns, as HiGHS takes it): each column
 * has a cost, bounds, the rows it enters with their coefficients, and whether it must be whole.
 */
export class SparseModel {
  private starts: number[] = [0];
  private indices: number[] = [];
  private values: number[] = [];
  private cost: number[] = [];
  private lower: number[] = [];
  private upper: number[] = [];
  private integer: (0 | 1)[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];

  addRow(lower: number, upper: number): number {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }

  addColumn(cost: number, lower: number, upper: number, entries: [row: number, value: number][], integer = false) {
    for (const [row, value] of entries) {
      this.indices.push(row);
      this.values.push(value);
    }
    this.starts.push(this.indices.length);
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  get columns(): number {
    return this.cost.length;
  }

  objectiveOf(x: ArrayLike<number>): number {
    let sum = 0;
    for (let j = 0; j < this.cost.length; j++) sum += this.cost[j] * x[j];
    return sum;
  }

  data(highs: Highs): ModelData {
    const inf = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
    const numCols = this.cost.length;
    const numRows = this.rowLower.length;
    return {
      numCols,
      numRows,
      colCost: this.cost,
      colLower: this.lower,
      colUpper: this.upper.map(inf),
      rowLower: this.rowLower.map(inf),
      rowUpper: this.rowUpper.map(inf),
      matrix: { format: 'csc', numRows, numCols, starts: this.starts, indices: this.indices, values: this.values },
      ...(this.integer.includes(1) ? { integrality: this.integer } : {}),
    };
  }
}
