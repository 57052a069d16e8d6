/**
 * The types the CSV reader (parse.ts), the column mapping (mapping.ts) and the import plan
 * (plan.ts) share, kept apart so those files do not import each other.
 */
import type { ColumnMapping } from '../model';

/** One record of the file as read: its cells and the physical line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** 'mapped': read by a column mapping the person confirmed (a CSV no known tracker wrote). */
export type ImportFormat = 'toggl' | 'clockify' | 'harvest' | 'clientfit' | 'mapped' | 'unknown';
export type DateOrder = 'dmy' | 'mdy';

/** One time entry read from a file; client and project are names ('' when the file has none). */
export interface ImportRow {
  date: string;
  minutes: number;
  client: string;
  project: string;
  note: string;
  billable: boolean;
}

export type ImportErrorCode =
  | 'empty-file'
  | 'not-text'
  | 'unknown-format'
  | 'not-utf8'
  | 'no-rows'
  | 'unclosed-quote'
  | 'missing-date'
  | 'bad-date'
  | 'missing-duration'
  | 'bad-duration'
  | 'zero-duration'
  | 'too-long-duration'
  | 'bad-billable'
  | 'client-too-long'
  | 'project-too-long'
  | 'note-too-long'
  | 'too-many-errors'
  // Start and end columns chosen in the column-mapping step.
  | 'bad-start'
  | 'bad-end'
  | 'end-before-start';

/** A problem with the file; `line` is the physical line, the header being line 1. */
export interface ImportError {
  line: number;
  code: ImportErrorCode;
  message: string;
}

export interface ParseTimeCsvOptions {
  /** How to read slash dates such as 03/04/2024 when the file cannot tell. */
  dateOrder?: DateOrder;
  /** Read the rows by this column mapping instead of a known tracker's layout. */
  mapping?: ColumnMapping;
  /** Called now and then with the share of the text read so far (0..1), for a progress bar. */
  onProgress?: (share: number) => void;
}

export interface ParseTimeCsvResult {
  format: ImportFormat;
  rows: ImportRow[];
  errors: ImportError[];
  /** How the dates were read: 'ymd' for a file with only ISO dates. */
  dateOrder?: DateOrder | 'ymd';
  /**
   * True when the slash dates could be day/month or month/day (no day over 12 anywhere).
   * The rows are then read with options.dateOrder, or 'dmy' as a provisional guess: ask the person.
   */
  needsDateOrder?: boolean;
  /**
   * Lines left out on purpose, not as errors: entries under a minute (timers started by
   * mistake), shown as one summary line. Present only when something was skipped.
   */
  skipped?: { shortEntries: number };
  /** The language of a tracker's column names (`en`, `es`, `de`...), so the preview can say how it read them. */
  language?: string;
  /** For a file no known tracker wrote: its header cells, to map them (see mapping.ts). */
  columns?: string[];
  /** For such a file: its first records, for guessing the mapping and its preview. */
  sampleRows?: CsvRecord[];
}
