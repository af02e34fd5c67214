import { describe, expect, it } from 'vitest';
import { writeFixture } from '../../../tests/builders/pipeline-support';
import { readLongCsv } from './read-long-csv';

const collect = (content: string, required: string[] = []) => {
  const rows: [number, string[]][] = [];
  const header = readLongCsv(
    writeFixture('municipal/x.csv', content),
    required,
    () => (line, fields) => rows.push([line, fields]),
  );
  return { header, rows };
};

describe('readLongCsv', () => {
  it('splits quoted fields with commas and doubled quotes, skips blank lines, handles CRLF', () => {
    expect(collect('a,b,c\r\n"x, y",2,"say ""hi"""\r\n\r\n,,\r\n')).toEqual({
      header: ['a', 'b', 'c'],
      rows: [
        [2, ['x, y', '2', 'say "hi"']],
        [4, ['', '', '']],
      ],
    });
  });

  it('refuses an unterminated quote, text after a quote, a short row, a missing or duplicate column', () => {
    expect(() => collect('a,b\n"x,1\n')).toThrow('municipal/x.csv:2:file: unterminated quoted field');
    expect(() => collect('a,b\n"x"y,1\n')).toThrow('municipal/x.csv:2:row: unexpected text after a quoted field');
    expect(() => collect('a,b\n1\n')).toThrow('municipal/x.csv:2:row: expected 2 fields, found 1');
    expect(() => collect('a,b\n1,2\n', ['c'])).toThrow('municipal/x.csv:1:c: required column is missing');
    expect(() => collect('a,a\n1,2\n')).toThrow('municipal/x.csv:1:a: duplicate column name');
    expect(() => collect('a;b\n1;2\n')).toThrow(
      "municipal/x.csv:1:header: expected ','-separated columns, found one column",
    );
  });
});
