/**
 * Reading time exports into plain rows the import screen can plan from: Toggl Track (the
 * detailed report, old and new layouts, and "Export Time Entries"), Clockify's detailed report
 * in English, Spanish, German, French and Portuguese, Harvest's time report and ClientFit's own CSV
 * (see export.ts). The column names per tracker and language are data in trackerHeaders.ts;
 * durations in every style the trackers write are read by shared/duration.ts. "-" reads as
 * empty; entries under a minute are counted in `skipped`, not listed as errors. Any other CSV is
 * read by a column mapping the person confirms (mapping.ts): `{ mapping }`.
 * Pure: the caller reads the file (decodeTimeCsv turns its bytes into text).
 */
import { daysBetween, isoOf } from '../dates';
import { readDuration, type DurationReading, type DurationUnit } from '../duration';
import { LIMITS } from '../model';
import { restoreCell } from './export';
import { excelColumns } from './exportExcel';
import { readMappedRecords, type ColumnMapping, type CsvRecord } from './mapping';
import { matchHeader, type TrackerFormat } from './trackerHeaders';
import type { DateOrder, ImportError, ImportErrorCode, ImportFormat, ImportRow, ParseTimeCsvOptions, ParseTimeCsvResult } from './types';

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
  onRecord: (cells: string[], line: number, end: number) => boolean,
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
    if (!onRecord(cells, recordLine, i)) return { end: i, line };
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

/** A file whose text came out garbled (not UTF-8): no rows, one error saying how to save it. */
function garbledFile(format: ImportFormat, text: string, garbled: number): ParseTimeCsvResult {
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
  /** The header language the columns were found in (trackerHeaders.ts). */
  language: string;
  date: number;
  startTime: number;
  endDate: number;
  endTime: number;
  duration: number;
  /** Read when `duration` is empty (Clockify's decimal hours). */
  durationAlt: number;
  durationUnit: DurationUnit;
  client: number;
  project: number;
  note: number;
  /** Used as the note when the note is empty. */
  task: number;
  billable: number;
}

// ClientFit's own file first: its "date" and "project" would not make it any tracker's.
const DETECTION_ORDER: readonly TrackerFormat[] = ['clientfit', 'clockify', 'toggl', 'harvest'];

function detectLayout(header: string[]): Layout | null {
  // ClientFit's spreadsheet export, in any of the app's languages (its own header table).
  const excel = excelColumns(header);
  if (excel) {
    return {
      format: 'clientfit',
      language: 'en',
      date: excel.date,
      startTime: -1,
      endDate: -1,
      endTime: -1,
      duration: excel.minutes,
      durationAlt: -1,
      durationUnit: 'minutes',
      client: excel.client,
      project: excel.project,
      note: excel.note,
      task: -1,
      billable: excel.billable,
    };
  }
  for (const format of DETECTION_ORDER) {
    const match = matchHeader(format, header);
    if (!match) continue;
    const c = match.columns;
    // Clockify: the clock column (03:05:30) is exact; the decimal one (3.09) is rounded.
    const duration = c.duration >= 0 ? c.duration : c.durationDecimal;
    return {
      format,
      language: match.language,
      date: c.date,
      startTime: c.startTime,
      endDate: c.endDate,
      endTime: c.endTime,
      duration,
      durationAlt: c.duration >= 0 ? c.durationDecimal : -1,
      durationUnit: format === 'clientfit' ? 'minutes' : 'hours',
      client: c.client,
      project: c.project,
      note: c.note,
      task: c.task,
      billable: c.billable,
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cells

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?(?: .*)?$/;
const SLASH_RE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:[T ].*)?$/;

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

const TIME_RE = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\s*([ap])\.?\s*m\.?)?$/i;

/** Minutes since midnight of a time cell (09:00, 09:00:00, 9:00 AM), or null. */
function readTime(raw: string): number | null {
  const m = TIME_RE.exec(raw.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const marker = m[4]?.toLowerCase();
  if (marker) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (marker === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return hour * 60 + Number(m[2]) + (m[3] ? Number(m[3]) / 60 : 0);
}

// Compared without accents: the trackers write Yes/No in the export's language (Sí, Ja, Sim, Oui...).
const YES = new Set(['yes', 'y', 'true', '1', 'si', 's', 'x', 'billable', 'ja', 'j', 'sim', 'oui', 'o']);
const NO = new Set(['no', 'n', 'false', '0', 'non-billable', 'not billable', 'nein', 'nao', 'non']);

/** Quoted value for a message, cut so a pasted novel does not become one. */
function shown(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return `"${one.length > 40 ? `${one.slice(0, 40)}…` : one}"`;
}

/**
 * Minutes from a line's start to its end (start date and time, end date and time), or null when
 * the line lacks them. An end time before the start with no end date is taken as past midnight.
 */
function spanMinutes(startDate: string, startTime: string, endDate: string, endTime: string, order: DateOrder): number | null {
  const start = readTime(startTime);
  const stop = readTime(endTime);
  if (start === null || stop === null) return null;
  let days = 0;
  if (endDate !== '') {
    const endIso = readDate(endDate, order);
    if (endIso === null) return null;
    days = daysBetween(startDate, endIso);
  } else if (stop < start) {
    days = 1;
  }
  const span = days * 1440 + stop - start;
  return span >= 0 ? span : null;
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface Pending {
  line: number;
  date: string;
  /** The duration as the file wrote it, and how it reads: resolved once the date order is known. */
  rawDuration: string;
  duration: DurationReading;
  startTime: string;
  endDate: string;
  endTime: string;
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
  if (options.mapping) return parseMapped(text, delimiter, afterHeader, headerLine, options.mapping, options.onProgress);
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
    return garbledFile(format, text, garbled);
  }

  const pending: Pending[] = [];
  let slashDates = 0;
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  let ambiguousDates = 0;
  let dottedDates = 0;
  let isoDates = 0;

  // Trackers write "-" for "none" (Toggl's no project, no client, no tags): it reads as empty.
  // ClientFit's own files are read as written, so a note that is just "-" comes back as it went.
  const dashIsEmpty = format !== 'clientfit';
  const cell = (cells: string[], index: number): string => {
    const value = index < 0 ? '' : (cells[index] ?? '');
    return dashIsEmpty && /^\s*[-\u2013\u2014]\s*$/.test(value) ? '' : value;
  };

  const { onProgress } = options;
  let seen = 0;
  const end = tokenize(text, delimiter, afterHeader.end, afterHeader.line, (cells, line, at) => {
    // Every 4,096 records: often enough for a smooth bar, rare enough to cost nothing.
    if (onProgress && (++seen & 4095) === 0) onProgress(at / text.length);
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

    const rawDuration = cell(cells, layout.duration).trim() || cell(cells, layout.durationAlt).trim();
    const duration = readDuration(rawDuration, { bare: layout.durationUnit });

    let billable = true;
    const rawBillable = cell(cells, layout.billable).trim();
    const yesNo = rawBillable.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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

    pending.push({
      line,
      date,
      rawDuration,
      duration,
      startTime: cell(cells, layout.startTime).trim(),
      endDate: cell(cells, layout.endDate).trim(),
      endTime: cell(cells, layout.endTime).trim(),
      client,
      project,
      note,
      billable,
      problems: problems.length > 0 ? problems : null,
    });
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

  let shortEntries = 0;
  const how =
    layout.durationUnit === 'minutes'
      ? 'Write the minutes as a whole number, such as 90.'
      : 'Write it as hours and minutes (1:30) or as decimal hours (1.5).';

  for (const p of pending) {
    const iso = p.date === '' ? null : readDate(p.date, order);
    let read = p.duration;
    // A duration written as a time of day (01:30:00 AM): the start and end, where the file has them, decide.
    if ('minutes' in read && read.timeOfDay && iso !== null) {
      const span = spanMinutes(iso, p.startTime, p.endDate, p.endTime, order);
      if (span !== null) read = { minutes: span };
    }
    // Timers started by mistake: left out and counted, not listed as problems one by one.
    if ('minutes' in read && read.minutes < 1) {
      shortEntries++;
      continue;
    }
    let ok = p.problems === null;
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
    let minutes = 0;
    if ('problem' in read) {
      ok = false;
      if (read.problem === 'empty') report({ line: p.line, code: 'missing-duration', message: `This line has no duration. ${how}` });
      else if (read.problem === 'negative') report({ line: p.line, code: 'bad-duration', message: `The duration ${shown(p.rawDuration)} is negative. ${how}` });
      else report({ line: p.line, code: 'bad-duration', message: `The duration ${shown(p.rawDuration)} cannot be read. ${how}` });
    } else {
      minutes = Math.round(read.minutes);
      if (minutes > LIMITS.minutesPerEntry) {
        // A timer forgotten in the other tracker: shown, so the person splits or corrects it.
        ok = false;
        report({
          line: p.line,
          code: 'too-long-duration',
          message: `This entry lasts ${shown(p.rawDuration)} and one entry can be at most 24 hours. Split it into one entry per day, or correct it, and import again.`,
        });
      }
    }
    if (p.problems) for (const e of p.problems) report(e);
    if (ok && iso !== null) {
      rows.push({ date: iso, minutes, client: p.client, project: p.project, note: p.note, billable: p.billable });
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
  if (format !== 'clientfit') result.language = layout.language;
  if (slashDates > 0) result.dateOrder = order;
  else if (dottedDates > 0) result.dateOrder = 'dmy';
  else if (isoDates > 0) result.dateOrder = 'ymd';
  if (needsDateOrder) result.needsDateOrder = true;
  if (shortEntries > 0) result.skipped = { shortEntries };
  return result;
}

/** Every record of a file read by a column mapping; the same file-level checks as a tracker's file. */
function parseMapped(
  text: string,
  delimiter: string,
  afterHeader: TokenizeEnd,
  headerLine: number,
  mapping: ColumnMapping,
  onProgress: ((share: number) => void) | undefined,
): ParseTimeCsvResult {
  const garbled = text.indexOf('\uFFFD');
  if (garbled >= 0) {
    return garbledFile('mapped', text, garbled);
  }
  const records: CsvRecord[] = [];
  let seen = 0;
  const end = tokenize(text, delimiter, afterHeader.end, afterHeader.line, (cells, line, at) => {
    if (onProgress && (++seen & 4095) === 0) onProgress(at / text.length);
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
  const result: ParseTimeCsvResult = { format: 'mapped', rows: read.rows, errors, dateOrder: mapping.dateOrder };
  if (read.shortEntries > 0) result.skipped = { shortEntries: read.shortEntries };
  return result;
}
