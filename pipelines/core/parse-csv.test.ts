import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('keeps delimiters, doubled quotes and newlines inside quoted fields', () => {
    const rows = parseCsv('a,b\n"x,1","say ""hi""\nthere"\n3,4\n', ',', 'f.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x,1', 'say "hi"\nthere'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('reports the line of an unterminated quote as a truncated file', () => {
    expect(() => parseCsv('a,b\n1,"open\n', ',', 'f.csv')).toThrow('f.csv:2:file: unterminated quoted field');
  });

  it('skips blank lines and handles CRLF', () => {
    expect(parseCsv('a;b\r\n\r\n1;2\r\n', ';', 'f.csv').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });
});
