import type { RawFile } from './read-raw-file';
import type { Sink } from './sink';

/** Licence and attribution carried by every row a source loads (shown wherever its data is shown). */
export interface SourceLicence {
  licence: string;
  attribution: string;
}

/**
 * One pipeline per source format. A source recognises its files by path pattern (so next year's
 * export of a known format loads without code changes) and writes canonical rows to the sink.
 * It must throw `LoadError` (file:line:field) on anything it does not understand.
 */
export interface Source extends SourceLicence {
  id: string;
  title: string;
  matches(relPath: string): boolean;
  load(file: RawFile, sink: Sink): void | Promise<void>;
}
