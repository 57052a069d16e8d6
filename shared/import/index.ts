/**
 * Reading time exports into plain rows the import screen can plan from: Toggl Track and
 * Clockify detailed reports, Harvest time reports and ClientFit's own CSV (see exportCsv.ts).
 * Pure: the caller reads the file (decodeTimeCsv turns its bytes into text).
 */
import { isIsoDate } from '../dates';
import { LIMITS } from '../model';
import { restoreCell } from './exportCsv';
import { readMappedRecords, type ColumnMapping, type CsvRecord } from './mapping';

export { CLIENTFIT_COLUMNS, CLIENTFIT_HEADER, neutralizeCell, restoreCell, toTimeCsv } from './exportCsv';
export { nameKey, planImport } from './plan';
export { entryKey, fileFingerprint, splitDuplicates } from './dedupe';
export type { EntryIdentity } from './dedupe';
export type { ImportPlan, PlannedClientGroup, PlannedEntry } from './plan';
export { guessMapping, headerKey, mappingProblems, completeMapping, readMappedRecord, recalledMapping, rememberMapping } from './mapping';
export type { ColumnMapping, CsvRecord, MappingDraft, MappingProblem } from './mapping';

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
  /** For a file no known tracker wrote: its header cells, to map them (see mapping.ts). */
  columns?: string[];
  /** For such a file: its first records, for guessing the mapping and its preview. */
  sampleRows?: CsvRecord[];
}

/** How many records of an unknown file come back for guessing and previewing its mapping. */
export const MAPPING_SAMPLE_ROWS = 200;

/** The sentence that says which files ClientFit reads. */
export const SUPPORTED_FORMATS_MESSAGE =
  'ClientFit reads time exports from Toggl Track, Clockify and Harvest, and its own CSV.';

/** At most this many errors are listed, then one saying how many more there are. */
export const MAX_IMPORT_ERRORS = 1000;

// ---------------------------------------------------------------------------------------------
// Decoding

/** Text from a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (Latin-1). */
export function decodeTimeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Spreadsheets on Windows save "CSV" in the ANSI code page: accents come out right this way.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// ---------------------------------------------------------------------------------------------
// Tokenising. Own RFC 4180 reader rather than papaparse: it knows each record's physical line
// exactly, accepts any mix of CRLF, LF and CR, and never has to guess the line ending.

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface TokenizeEnd {
  /** Index just after the last record read. */
  end: number;
  /** Physical line at `end`. */
  line: number;
  /** Line where a quoted cell started that is never closed (its record is dropped). */
  unclosedQuoteLine?: number;
}

/**
 * Reads records from `from` (on physical line `fromLine`), calling `onRecord` with the cells
 * and the line each record starts on; stops early when it returns false.
 */
function tokenize(
  text: string,
  delimiter: string,
  from: number,
  fromLine: number,
  onRecord: (cells: string[], line: number) => boolean,
): TokenizeEnd {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = from;
  let line = fromLine;
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        i++;
        value = '';
        for (;;) {
          const q = text.indexOf('"', i);
          const stop = q === -1 ? n : q;
          for (let k = i; k < stop; k++) {
            const c = text.charCodeAt(k);
            if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
          }
          // An unclosed quote swallows the rest of the file: that record is not handed on.
          if (q === -1) return { end: n, line, unclosedQuoteLine: quoteLine };
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(i, q + 1);
            i = q + 2;
          } else {
            value += text.slice(i, q);
            i = q + 1;
            break;
          }
        }
        // Stray text after the closing quote is kept, as spreadsheet apps do.
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        if (i > start) value += text.slice(start, i);
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        value = text.slice(start, i);
      }
      cells.push(value);
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === CR) {
        i++;
        if (text.charCodeAt(i) === LF) i++;
        line++;
      } else if (c === LF) {
        i++;
        line++;
      }
      break;
    }
    if (!onRecord(cells, recordLine)) return { end: i, line };
  }
  return { end: i, line };
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The delimiter used most in the first non-blank line, outside quotes. */
function detectDelimiter(text: string): string {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let start = 0;
  while (start < text.length && /[\r\n ]/.test(text[start] ?? '')) start++;
  for (let i = start; i < text.length && i < start + 65_536; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Physical line (1-based) of a character index. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = 0; k < index; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
  }
  return line;
}

/** True when the start of the text holds bytes no CSV has (NUL, many control characters). */
function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 4096);
  let control = 0;
  for (let k = 0; k < sample; k++) {
    const c = text.charCodeAt(k);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== LF && c !== CR) || c === 127) control++;
  }
  return control > sample * 0.02;
}

// ---------------------------------------------------------------------------------------------
// Formats

interface Layout {
  format: Exclude<ImportFormat, 'unknown'>;
  date: number;
  duration: number;
  /** Read when `duration` is empty (Clockify's decimal hours). */
  durationAlt: number;
  durationUnit: 'hours' | 'minutes';
  client: number;
  project: number;
  note: number;
  /** Used as the note when the note is empty. */
  task: number;
  billable: number;
}

function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

function detectLayout(header: string[]): Layout | null {
  const names = header.map(normaliseHeader);
  const col = (...aliases: string[]): number => {
    for (const a of aliases) {
      const i = names.indexOf(a);
      if (i >= 0) return i;
    }
    return -1;
  };
  const date = col('date');
  const startDate = col('start date');
  const project = col('project');
  const client = col('client');
  if (date >= 0 && col('minutes') >= 0 && project >= 0) {
    const note = col('note', 'notes');
    return { format: 'clientfit', date, duration: col('minutes'), durationAlt: -1, durationUnit: 'minutes', client, project, note, task: -1, billable: col('billable') };
  }
  const clock = col('duration (h)');
  const decimal = col('duration (decimal)');
  if (startDate >= 0 && (clock >= 0 || decimal >= 0)) {
    return {
      format: 'clockify',
      date: startDate,
      duration: clock >= 0 ? clock : decimal,
      durationAlt: clock >= 0 ? decimal : -1,
      durationUnit: 'hours',
      client,
      project,
      note: col('description'),
      task: col('task', 'activity'),
      billable: col('billable'),
    };
  }
  const duration = col('duration');
  if (startDate >= 0 && duration >= 0) {
    return { format: 'toggl', date: startDate, duration, durationAlt: -1, durationUnit: 'hours', client, project, note: col('description'), task: col('task'), billable: col('billable') };
  }
  const hours = col('hours');
  if (date >= 0 && hours >= 0) {
    return { format: 'harvest', date, duration: hours, durationAlt: -1, durationUnit: 'hours', client, project, note: col('notes'), task: col('task'), billable: col('billable?', 'billable') };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cells

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?(?: .*)?$/;
const SLASH_RE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:[T ].*)?$/;

function isoOf(year: string, month: number, day: number): string | null {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function readDate(raw: string, order: DateOrder): string | null {
  let m = ISO_RE.exec(raw);
  if (m) return isoOf(m[1] ?? '', Number(m[2]), Number(m[3]));
  m = DOTTED_RE.exec(raw);
  if (m) return isoOf(m[3] ?? '', Number(m[2]), Number(m[1]));
  m = SLASH_RE.exec(raw);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return order === 'dmy' ? isoOf(m[3] ?? '', b, a) : isoOf(m[3] ?? '', a, b);
  }
  return null;
}

/**
 * A decimal number written in either convention: `1.5`, `1,5`, `2.000,0`, `1,234.5`.
 * A single separator is the decimal one (these are hours: 1,500 h is not a time entry).
 */
function readDecimal(raw: string): number | null {
  const m = /^([+-]?)([\d.,]+)$/.exec(raw.replace(/[\s\u00a0\u202f']/g, ''));
  if (!m) return null;
  const sign = m[1] ?? '';
  const body = m[2] ?? '';
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const at = Math.max(lastDot, lastComma);
    const group = lastDot > lastComma ? ',' : '.';
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (!groupedDigits(group).test(whole) || !/^\d+$/.test(fraction)) return null;
    normal = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = body.split(sep);
    if (parts.length === 2) {
      if (!/^\d*$/.test(parts[0] ?? '') || !/^\d+$/.test(parts[1] ?? '')) return null;
      normal = `${parts[0]}.${parts[1]}`;
    } else {
      if (!groupedDigits(sep).test(body)) return null;
      normal = parts.join('');
    }
  } else {
    normal = body;
  }
  const value = Number(`${sign}${normal}`);
  return Number.isFinite(value) ? value : null;
}

/** Digits in groups of three, such as 1.234.567 for the group separator `.`. */
function groupedDigits(group: string): RegExp {
  return group === '.' ? /^\d{1,3}(\.\d{3})+$|^\d{1,3}$/ : /^\d{1,3}(,\d{3})+$|^\d{1,3}$/;
}

const CLOCK_RE = /^(-?)(\d+):([0-5]?\d)(?::([0-5]?\d(?:[.,]\d+)?))?$/;

type DurationRead = { minutes: number } | { problem: 'missing' | 'bad' | 'negative' };

function readDuration(raw: string, unit: 'hours' | 'minutes'): DurationRead {
  const s = raw.trim();
  if (s === '') return { problem: 'missing' };
  let minutes: number | null;
  const clock = unit === 'hours' ? CLOCK_RE.exec(s) : null;
  if (clock) {
    if (clock[1] === '-') return { problem: 'negative' };
    const seconds = clock[4] ? Number(clock[4].replace(',', '.')) : 0;
    minutes = Number(clock[2]) * 60 + Number(clock[3]) + seconds / 60;
  } else {
    const value = readDecimal(s.replace(/\s*(h|hrs?|hours?|min|minutes?)$/i, ''));
    minutes = value === null ? null : unit === 'hours' ? value * 60 : value;
  }
  if (minutes === null || !Number.isFinite(minutes)) return { problem: 'bad' };
  if (minutes < 0) return { problem: 'negative' };
  return { minutes: Math.round(minutes) };
}

const YES = new Set(['yes', 'y', 'true', '1', 'sí', 'si', 's', 'x', 'billable']);
const NO = new Set(['no', 'n', 'false', '0', 'non-billable', 'not billable']);

/** Quoted value for a message, cut so a pasted novel does not become one. */
function shown(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return `"${one.length > 40 ? `${one.slice(0, 40)}…` : one}"`;
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface Pending {
  line: number;
  date: string;
  minutes: number;
  client: string;
  project: string;
  note: string;
  billable: boolean;
  problems: ImportError[] | null;
}

function unknownFile(code: ImportErrorCode, first: string): ParseTimeCsvResult {
  return { format: 'unknown', rows: [], errors: [{ line: 1, code, message: `${first} ${SUPPORTED_FORMATS_MESSAGE}` }] };
}

const ORDER_WORDS: Record<DateOrder, string> = { dmy: 'day/month/year', mdy: 'month/day/year' };

/** Reads a time export (Toggl Track, Clockify, Harvest or ClientFit's own CSV) into rows and per-line errors; never throws. */
export function parseTimeCsv(text: string, options: ParseTimeCsvOptions = {}): ParseTimeCsvResult {
  try {
    return parse(typeof text === 'string' ? text : '', options);
  } catch {
    // Nothing above is meant to throw; this keeps a bug from reaching the import screen as a crash.
    return unknownFile('unknown-format', 'This file could not be read.');
  }
}

/** A file's header cells and first records, and whether a known tracker wrote it; null for an empty or binary file. Cheap: it stops after MAPPING_SAMPLE_ROWS records. */
export function readCsvHead(input: string): { columns: string[]; sampleRows: CsvRecord[]; known: boolean } | null {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '' || looksBinary(text)) return null;
  const delimiter = detectDelimiter(text);
  let header: string[] = [];
  const afterHeader = tokenize(text, delimiter, 0, 1, (cells) => {
    if (isBlank(cells)) return true;
    header = cells;
    return false;
  });
  const sampleRows: CsvRecord[] = [];
  tokenize(text, delimiter, afterHeader.end, afterHeader.line, (cells, line) => {
    if (!isBlank(cells)) sampleRows.push({ line, cells });
    return sampleRows.length < MAPPING_SAMPLE_ROWS;
  });
  return { columns: header.map((h) => h.replace(/^\uFEFF/, '').trim()), sampleRows, known: detectLayout(header) !== null };
}

function parse(input: string, options: ParseTimeCsvOptions): ParseTimeCsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return unknownFile('empty-file', 'The file is empty.');
  if (looksBinary(text)) {
    return unknownFile(
      'not-text',
      'This file is not a CSV text file (an Excel workbook must first be saved as CSV).',
    );
  }

  const delimiter = detectDelimiter(text);
  let header: string[] = [];
  let headerLine = 1;
  const afterHeader = tokenize(text, delimiter, 0, 1, (cells, line) => {
    if (isBlank(cells)) return true;
    header = cells;
    headerLine = line;
    return false;
  });
  if (options.mapping) return parseMapped(text, delimiter, afterHeader, headerLine, options.mapping);
  const layout = detectLayout(header);
  if (!layout) {
    const unknown = unknownFile(
      'unknown-format',
      'This file is not a time export ClientFit knows: export a detailed time report as CSV and import that file.',
    );
    // Its columns and first rows, so the person can say which column is what.
    const head = readCsvHead(text);
    return head ? { ...unknown, columns: head.columns, sampleRows: head.sampleRows } : unknown;
  }
  const { format } = layout;

  const garbled = text.indexOf('\uFFFD');
  if (garbled >= 0) {
    return {
      format,
      rows: [],
      errors: [
        {
          line: lineAt(text, garbled),
          code: 'not-utf8',
          message:
            'This file was not saved as UTF-8, so accented letters (á, ñ, ü...) came out garbled from this line on. ' +
            'Save or export it again as "CSV UTF-8" and import it again.',
        },
      ],
    };
  }

  const pending: Pending[] = [];
  let slashDates = 0;
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  let ambiguousDates = 0;
  let dottedDates = 0;
  let isoDates = 0;

  const cell = (cells: string[], index: number): string => (index < 0 ? '' : (cells[index] ?? ''));

  const end = tokenize(text, delimiter, afterHeader.end, afterHeader.line, (cells, line) => {
    if (isBlank(cells)) return true;
    const problems: ImportError[] = [];
    const problem = (code: ImportErrorCode, message: string): void => {
      problems.push({ line, code, message });
    };

    const date = cell(cells, layout.date).trim();
    if (ISO_RE.test(date)) isoDates++;
    else if (DOTTED_RE.test(date)) dottedDates++;
    else {
      const m = SLASH_RE.exec(date);
      if (m) {
        slashDates++;
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (a > 12 && b <= 12) dayFirstVotes++;
        else if (b > 12 && a <= 12) monthFirstVotes++;
        else if (a !== b && a >= 1 && b >= 1) ambiguousDates++;
      }
    }

    let minutes = 0;
    const rawDuration = cell(cells, layout.duration).trim() || cell(cells, layout.durationAlt).trim();
    const read = readDuration(rawDuration, layout.durationUnit);
    const how =
      layout.durationUnit === 'minutes'
        ? 'Write the minutes as a whole number, such as 90.'
        : 'Write it as hours and minutes (1:30) or as decimal hours (1.5).';
    if ('problem' in read) {
      if (read.problem === 'missing') problem('missing-duration', `This line has no duration. ${how}`);
      else if (read.problem === 'negative') problem('bad-duration', `The duration ${shown(rawDuration)} is negative. ${how}`);
      else problem('bad-duration', `The duration ${shown(rawDuration)} cannot be read. ${how}`);
    } else if (read.minutes === 0) {
      problem(
        'zero-duration',
        'This entry lasts less than a minute, so there is nothing to import. Correct its duration or remove the line.',
      );
    } else if (read.minutes > LIMITS.minutesPerEntry) {
      problem(
        'too-long-duration',
        `This entry lasts ${shown(rawDuration)} and one entry can be at most 24 hours. Split it into one entry per day, or correct it, and import again.`,
      );
    } else {
      minutes = read.minutes;
    }

    let billable = true;
    const rawBillable = cell(cells, layout.billable).trim();
    const yesNo = rawBillable.toLowerCase();
    if (NO.has(yesNo)) billable = false;
    else if (yesNo !== '' && !YES.has(yesNo)) {
      problem('bad-billable', `The billable value ${shown(rawBillable)} is not Yes or No. Write Yes or No and import again.`);
    }

    const client = restoreCell(cell(cells, layout.client).trim());
    const project = restoreCell(cell(cells, layout.project).trim());
    // ClientFit's own notes come back exactly as exported; other tools' notes are tidied.
    let note = layout.format === 'clientfit' ? restoreCell(cell(cells, layout.note)) : restoreCell(cell(cells, layout.note).trim());
    if (note === '' && layout.task >= 0) note = restoreCell(cell(cells, layout.task).trim());
    if (client.length > LIMITS.name) {
      problem('client-too-long', `The client name is ${client.length} characters long; the limit is ${LIMITS.name}. Shorten it and import again.`);
    }
    if (project.length > LIMITS.name) {
      problem('project-too-long', `The project name is ${project.length} characters long; the limit is ${LIMITS.name}. Shorten it and import again.`);
    }
    if (note.length > LIMITS.shortText) {
      problem('note-too-long', `The note is ${note.length} characters long; the limit is ${LIMITS.shortText}. Shorten it and import again.`);
    }

    pending.push({ line, date, minutes, client, project, note, billable, problems: problems.length > 0 ? problems : null });
    return true;
  });

  // Slash dates: the whole file decides, since one day over 12 anywhere settles the order.
  const detected: DateOrder = monthFirstVotes > dayFirstVotes ? 'mdy' : 'dmy';
  const order: DateOrder = options.dateOrder ?? detected;
  const needsDateOrder = slashDates > 0 && dayFirstVotes === 0 && monthFirstVotes === 0 && ambiguousDates > 0;

  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  let omitted = 0;
  let firstOmittedLine = 0;
  const report = (error: ImportError): void => {
    if (errors.length < MAX_IMPORT_ERRORS) errors.push(error);
    else if (omitted++ === 0) firstOmittedLine = error.line;
  };

  for (const p of pending) {
    let ok = p.problems === null;
    const iso = p.date === '' ? null : readDate(p.date, order);
    if (iso === null) {
      ok = false;
      if (p.date === '') {
        report({ line: p.line, code: 'missing-date', message: 'This line has no date. Add the date (such as 2024-03-15) and import again.' });
      } else if (SLASH_RE.test(p.date)) {
        report({
          line: p.line,
          code: 'bad-date',
          message: `The date ${shown(p.date)} is not a real date when read as ${ORDER_WORDS[order]}. Correct it and import again.`,
        });
      } else if (ISO_RE.test(p.date) || DOTTED_RE.test(p.date)) {
        report({ line: p.line, code: 'bad-date', message: `The date ${shown(p.date)} is not a real date. Correct it and import again.` });
      } else {
        report({
          line: p.line,
          code: 'bad-date',
          message: `The date ${shown(p.date)} cannot be read. Write it as 2024-03-15 or 15/03/2024 and import again.`,
        });
      }
    }
    if (p.problems) for (const e of p.problems) report(e);
    if (ok && iso !== null) {
      rows.push({ date: iso, minutes: p.minutes, client: p.client, project: p.project, note: p.note, billable: p.billable });
    }
  }

  if (end.unclosedQuoteLine !== undefined) {
    report({
      line: end.unclosedQuoteLine,
      code: 'unclosed-quote',
      message:
        'A quoted cell starts on this line and is never closed, so the rest of the file was read as one cell. Add the missing closing quote (") and import again.',
    });
  }
  if (pending.length === 0) {
    report({
      line: headerLine,
      code: 'no-rows',
      message: 'The file has a header line but no time entries under it. Export a report for dates with logged time and import it again.',
    });
  }
  if (omitted > 0) {
    errors.push({
      line: firstOmittedLine,
      code: 'too-many-errors',
      message: `And ${omitted} more problems from this line on, not listed. Fix the ones above and import the file again to see the rest.`,
    });
  }

  const result: ParseTimeCsvResult = { format, rows, errors };
  if (slashDates > 0) result.dateOrder = order;
  else if (dottedDates > 0) result.dateOrder = 'dmy';
  else if (isoDates > 0) result.dateOrder = 'ymd';
  if (needsDateOrder) result.needsDateOrder = true;
  return result;
}

/** Every record of a file read by a column mapping; the same file-level checks as a tracker's file. */
function parseMapped(text: string, delimiter: string, afterHeader: TokenizeEnd, headerLine: number, mapping: ColumnMapping): ParseTimeCsvResult {
  const garbled = text.indexOf('\uFFFD');
  if (garbled >= 0) {
    return {
      format: 'mapped',
      rows: [],
      errors: [
        {
          line: lineAt(text, garbled),
          code: 'not-utf8',
          message:
            'This file was not saved as UTF-8, so accented letters (á, ñ, ü...) came out garbled from this line on. ' +
            'Save or export it again as "CSV UTF-8" and import it again.',
        },
      ],
    };
  }
  const records: CsvRecord[] = [];
  const end = tokenize(text, delimiter, afterHeader.end, afterHeader.line, (cells, line) => {
    if (!isBlank(cells)) records.push({ line, cells });
    return true;
  });
  const read = readMappedRecords(records, mapping);
  const errors = read.errors.slice(0, MAX_IMPORT_ERRORS);
  if (end.unclosedQuoteLine !== undefined) {
    errors.push({
      line: end.unclosedQuoteLine,
      code: 'unclosed-quote',
      message:
        'A quoted cell starts on this line and is never closed, so the rest of the file was read as one cell. Add the missing closing quote (") and import again.',
    });
  }
  if (records.length === 0) {
    errors.push({
      line: headerLine,
      code: 'no-rows',
      message: 'The file has a header line but no time entries under it. Export a report for dates with logged time and import it again.',
    });
  }
  if (read.errors.length > MAX_IMPORT_ERRORS) {
    const first = read.errors[MAX_IMPORT_ERRORS];
    errors.push({
      line: first?.line ?? headerLine,
      code: 'too-many-errors',
      message: `And ${read.errors.length - MAX_IMPORT_ERRORS} more problems from this line on, not listed. Fix the ones above and import the file again to see the rest.`,
    });
  }
  return { format: 'mapped', rows: read.rows, errors, dateOrder: mapping.dateOrder === 'ymd' ? 'ymd' : mapping.dateOrder };
}
