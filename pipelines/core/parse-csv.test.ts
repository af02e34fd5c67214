import { describe, expect, it } from 'vitest';
import { LoadError } from './load-error';
import { parseCsv, type CsvRecord } from './parse-csv';

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
    expect(() => parseCsv('a,b\n"x\ny","z\n\n3,4\n', ',', 'f.csv')).toThrow('f.csv:3:file: unterminated quoted field');
  });

  it('skips blank lines and handles CRLF', () => {
    expect(parseCsv('a;b\r\n\r\n1;2\r\n', ';', 'f.csv').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('numbers lines after blank lines, quoted newlines and a last line without newline', () => {
    expect(parseCsv('\n\na\t"b\n\nc"\n\r\nd\te', '\t', 'f.csv')).toEqual([
      { line: 3, fields: ['a', 'b\n\nc'] },
      { line: 7, fields: ['d', 'e'] },
    ]);
  });

  it('keeps empty fields, an empty quoted field and a line of delimiters', () => {
    expect(parseCsv(',\n""\n,,x\n"",\n', ',', 'f.csv').map((r) => r.fields)).toEqual([
      ['', ''],
      [''],
      ['', '', 'x'],
      ['', ''],
    ]);
  });

  it('drops carriage returns outside quotes only, and joins text around quotes into one field', () => {
    expect(parseCsv('a\rb,"c\rd"\n"x"y,z"w"\n', ',', 'f.csv').map((r) => r.fields)).toEqual([
      ['ab', 'c\rd'],
      ['xy', 'zw'],
    ]);
  });

  it('matches the reference state machine on random input', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['a', 'b', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'ä'];
    for (let t = 0; t < 3000; t++) {
      const text = Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const delimiter = random() < 0.5 ? ',' : ';';
      expect(
        outcome(() => parseCsv(text, delimiter, 'f.csv')),
        JSON.stringify(text),
      ).toEqual(outcome(() => referenceParseCsv(text, delimiter, 'f.csv')));
    }
  });
});

function outcome(parse: () => CsvRecord[]): CsvRecord[] | string {
  try {
    return parse();
  } catch (err) {
    return (err as Error).message;
  }
}

/** The original char-by-char implementation: the semantics the fast parser must keep. */
function referenceParseCsv(text: string, delimiter: string, relPath: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedAt = 0;
  let fieldStarted = false;
  const pushRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      quotedAt = line;
      fieldStarted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n') {
      pushRecord();
      line++;
      recordLine = line;
    } else if (ch !== '\r') {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes)
    throw new LoadError(relPath, quotedAt, 'file', 'unterminated quoted field: the file is truncated or malformed');
  if (field !== '' || fields.length > 0 || fieldStarted) pushRecord();
  return records;
}
