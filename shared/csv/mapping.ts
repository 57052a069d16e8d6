/**
 * Reading a CSV that no known tracker wrote (Kimai, solidtime, a hand-made spreadsheet) by a
 * column mapping the person confirms: which column is the date, the duration (or start and
 * end), client, project, note and billable, how dates and decimals are written. Pure.
 */
import { dayNumber, isoOf } from '../dates';
import { readDuration } from '../duration';
import { LIMITS, MAX_IMPORT_MAPPINGS, type ColumnMapping } from '../model';
import type { CsvRecord, ImportError, ImportErrorCode, ImportRow } from './types';

export type { CsvRecord } from './types';

export type { ColumnMapping } from '../model';
export type MappingDateOrder = ColumnMapping['dateOrder'];

/** A mapping being edited: the date order may still be unknown (the person is asked). */
export type MappingDraft = Omit<ColumnMapping, 'dateOrder'> & { dateOrder: MappingDateOrder | null };

/** The fields a mapping points at a column. */
export const MAPPING_FIELDS = ['date', 'duration', 'start', 'end', 'client', 'project', 'note', 'billable'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** What a mapping still lacks before rows can be read with it. */
export type MappingProblem = 'need-date' | 'need-duration' | 'need-project' | 'need-date-order';

// ---------------------------------------------------------------------------------------------
// Column names, as trackers and spreadsheets write them in es, en, de, fr, pt, it and nl
// (normalised: lower case, no accents). Earlier names win when several columns match.

const NAMES: Record<MappingField, readonly string[]> = {
  date: [
    'date', 'day', 'work date', 'spent date', 'start date',
    'fecha', 'dia', 'fecha de inicio',
    'datum', 'startdatum',
    'jour', 'date de debut',
    'data', 'dia', 'data de inicio', 'data di inizio', 'giorno',
    'dag', 'begindatum',
  ],
  duration: [
    'duration', 'duration (h)', 'hours', 'duration (decimal)', 'time', 'time spent', 'hours worked', 'minutes',
    'duracion', 'horas', 'tiempo', 'duracion (h)', 'minutos',
    'dauer', 'stunden', 'zeit', 'dauer (h)', 'minuten',
    'duree', 'heures', 'temps', 'duree (h)',
    'duracao', 'tempo', 'duracao (h)',
    'durata', 'ore', 'durata (h)', 'minuti',
    'duur', 'uren', 'tijd', 'duur (h)', 'minuten',
  ],
  start: [
    'start', 'begin', 'from', 'start time', 'started at',
    'inicio', 'desde', 'hora de inicio', 'hora inicio', 'entrada',
    'von', 'beginn', 'startzeit', 'anfang',
    'debut', 'heure de debut',
    'inicio', 'hora de inicio',
    'inizio', 'ora inizio', 'ora di inizio',
    'van', 'starttijd', 'begintijd',
  ],
  end: [
    'end', 'stop', 'to', 'until', 'end time', 'ended at',
    'fin', 'hasta', 'hora de fin', 'hora fin', 'salida',
    'bis', 'ende', 'endzeit',
    'heure de fin',
    'fim', 'termino', 'hora de termino', 'hora de fim',
    'fine', 'ora fine', 'ora di fine',
    'tot', 'eind', 'eindtijd',
  ],
  client: [
    'client', 'customer', 'client name', 'customer name',
    'cliente', 'nombre del cliente',
    'kunde', 'auftraggeber', 'kundenname',
    'nom du client',
    'klant', 'opdrachtgever',
  ],
  project: [
    'project', 'project name', 'job',
    'proyecto', 'trabajo',
    'projekt', 'projektname',
    'projet',
    'projeto',
    'progetto',
    'project', 'opdracht',
  ],
  note: [
    'description', 'note', 'notes', 'comment', 'comments', 'task', 'activity',
    'descripcion', 'nota', 'notas', 'comentario', 'comentarios', 'concepto', 'tarea', 'actividad',
    'beschreibung', 'notiz', 'kommentar', 'bemerkung', 'aufgabe', 'tatigkeit',
    'commentaire', 'remarque', 'tache', 'activite',
    'descricao', 'observacao', 'observacoes', 'tarefa', 'atividade',
    'descrizione', 'commento', 'note', 'attivita', 'compito',
    'omschrijving', 'beschrijving', 'opmerking', 'notitie', 'taak', 'activiteit',
  ],
  billable: [
    'billable', 'billable?', 'is billable',
    'facturable', 'facturable?',
    'abrechenbar', 'verrechenbar',
    'faturavel', 'fatturabile', 'factureerbaar', 'declarabel',
  ],
};

/** Values that mean "yes" in a billable column, in the same languages. */
const YES_WORDS = new Set(['yes', 'y', 'true', '1', 'x', 'si', 's', 'ja', 'j', 'oui', 'o', 'sim', 'vrai', 'wahr', 'verdadero', 'billable', 'facturable', 'abrechenbar']);

/** A header cell or value, compared without case, accents or extra spaces. */
export function normaliseName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key a header line is remembered by: its cells normalised, so case, accents and spacing do not matter. */
export function headerLineKey(columns: string[]): string {
  return columns.map(normaliseName).join('|').slice(0, 4000);
}

/** The remembered mappings with `key` set to `mapping` as the newest, keeping the newest MAX_IMPORT_MAPPINGS. */
export function rememberMapping(
  remembered: Record<string, ColumnMapping> | undefined,
  key: string,
  mapping: ColumnMapping,
): Record<string, ColumnMapping> {
  // Insertion order is the age: the key moves to the end, the oldest fall off the front.
  const entries = Object.entries(remembered ?? {}).filter(([k]) => k !== key);
  entries.push([key, mapping]);
  return Object.fromEntries(entries.slice(-MAX_IMPORT_MAPPINGS));
}

/** The mapping remembered for this header line, when it still fits the file's columns. */
export function recalledMapping(remembered: Record<string, ColumnMapping> | undefined, columns: string[]): ColumnMapping | null {
  const found = remembered?.[headerLineKey(columns)];
  if (!found) return null;
  const fits = MAPPING_FIELDS.every((f) => found[f] < columns.length);
  return fits ? found : null;
}

/** The mapped columns' names as the file writes them (trimmed, cut to the model's limit), kept with a remembered mapping. */
export function mappedColumnNames(columns: readonly string[], mapping: Pick<ColumnMapping, MappingField>): Partial<Record<MappingField, string>> {
  const names: Partial<Record<MappingField, string>> = {};
  for (const field of MAPPING_FIELDS) {
    const i = mapping[field];
    if (i >= 0) names[field] = (columns[i] ?? '').replace(/^\uFEFF/, '').trim().slice(0, LIMITS.name);
  }
  return names;
}

/** One remembered mapping as Settings lists it: the columns it reads, by field, and the day it was last used. */
export interface RememberedMapping {
  key: string;
  columns: { field: MappingField; name: string }[];
  /** How many columns the header line has. */
  width: number;
  usedAt?: string;
}

/**
 * The remembered mappings, newest first, each with the names of the columns it reads: as the file
 * wrote them, or (for a mapping remembered before names were kept) as its header key holds them.
 */
export function rememberedMappings(remembered: Record<string, ColumnMapping> | undefined): RememberedMapping[] {
  return Object.entries(remembered ?? {})
    .reverse()
    .map(([key, m]) => {
      const cells = key.split('|');
      const columns: RememberedMapping['columns'] = [];
      // The date column is also the start column when start date-times date the rows: named once.
      const seen = new Set<number>();
      for (const field of MAPPING_FIELDS) {
        const i = m[field];
        if (i < 0 || seen.has(i)) continue;
        seen.add(i);
        columns.push({ field, name: m.columnNames?.[field] || cells[i] || '' });
      }
      return { key, columns, width: cells.length, ...(m.usedAt ? { usedAt: m.usedAt } : {}) };
    });
}

/** The remembered mappings without those under `keys`. */
export function forgetMappings(remembered: Record<string, ColumnMapping> | undefined, keys: readonly string[]): Record<string, ColumnMapping> {
  const gone = new Set(keys);
  return Object.fromEntries(Object.entries(remembered ?? {}).filter(([k]) => !gone.has(k)));
}

/**
 * Undoing a forget: the `forgotten` mappings back in their places of `order` (the keys before the
 * forget), keeping what changed since (a mapping remembered or forgotten meanwhile stays so).
 */
export function restoreMappings(
  current: Record<string, ColumnMapping> | undefined,
  forgotten: Record<string, ColumnMapping>,
  order: readonly string[],
): Record<string, ColumnMapping> {
  const now = current ?? {};
  const entries: [string, ColumnMapping][] = [];
  const placed = new Set<string>();
  for (const k of order) {
    const m = now[k] ?? forgotten[k];
    if (m) {
      entries.push([k, m]);
      placed.add(k);
    }
  }
  for (const [k, m] of Object.entries(now)) if (!placed.has(k)) entries.push([k, m]);
  return Object.fromEntries(entries.slice(-MAX_IMPORT_MAPPINGS));
}

// ---------------------------------------------------------------------------------------------
// Values

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(.*))?$/;
const DMY_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[T ,]+(.*))?$/;
const TIME_RE = /^(\d{1,2})[:.h](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;

/** A date (and what follows it, such as a time) read in the given order; ISO dates read in any order. */
function readDateTime(raw: string, order: MappingDateOrder): { date: string | null; rest: string } | null {
  const s = raw.trim();
  let m = ISO_RE.exec(s);
  if (m) return { date: isoOf(m[1] ?? '', Number(m[2]), Number(m[3])), rest: m[4] ?? '' };
  m = DMY_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = m[4] ?? '';
    if (order === 'ymd') return { date: null, rest: m[5] ?? '' };
    return { date: order === 'mdy' ? isoOf(year, a, b) : isoOf(year, b, a), rest: m[5] ?? '' };
  }
  return null;
}

/** Minutes since midnight of a time of day (`9:05`, `09:05:30`, `2:30 PM`, `14.30`), or null. */
function readTimeOfDay(raw: string): number | null {
  const m = TIME_RE.exec(raw.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] ? Number(m[3]) : 0;
  const half = m[4]?.toLowerCase().replace(/\./g, '');
  if (half) {
    if (h < 1 || h > 12) return null;
    if (half === 'am' && h === 12) h = 0;
    if (half === 'pm' && h !== 12) h += 12;
  }
  if (h > 24 || min > 59 || sec > 59 || (h === 24 && (min > 0 || sec > 0))) return null;
  return h * 60 + min + sec / 60;
}

/** A start or end cell: a date-time, or a time on the row's date. */
function readInstant(raw: string, order: MappingDateOrder): { date: string | null; minutes: number } | null {
  const s = raw.trim();
  const dated = readDateTime(s, order);
  if (dated) {
    if (dated.date === null) return null;
    const time = dated.rest.trim() === '' ? 0 : readTimeOfDay(dated.rest);
    return time === null ? null : { date: dated.date, minutes: time };
  }
  const time = readTimeOfDay(s);
  return time === null ? null : { date: null, minutes: time };
}

/** A number written with the given decimal mark (`1,5`, `1.5`, `1.234,5`); the other mark may only group thousands. */
function readNumber(raw: string, mark: '.' | ','): number | null {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const group = mark === '.' ? ',' : '.';
  const [whole = '', fraction, extra] = s.split(mark);
  if (extra !== undefined) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const digits = whole.includes(group) ? (new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole) ? whole.split(group).join('') : null) : whole;
  if (digits === null || !/^\d*$/.test(digits) || (digits === '' && fraction === undefined)) return null;
  const value = Number(`${digits || '0'}.${fraction ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * A duration cell in minutes (possibly fractional), or null when it cannot be read. The numbers
 * are first read with the chosen decimal mark (so `1.5` under a decimal comma is refused, not
 * guessed); the duration itself is read by shared/duration.ts, like every other duration.
 */
function readDurationCell(raw: string, unit: 'hours' | 'minutes', mark: '.' | ','): number | null {
  let text = raw.trim();
  // Clocks (1:30, 01:30:00) have no decimal mark to settle.
  if (!text.includes(':')) {
    let bad = false;
    text = text.replace(/\d[\d.,]*/g, (n) => {
      const value = readNumber(n, mark);
      if (value === null) bad = true;
      return String(value ?? 0);
    });
    if (bad) return null;
  }
  const read = readDuration(text, { bare: unit });
  return 'minutes' in read ? read.minutes : null;
}

/** True when a billable cell means yes under the mapping. */
function isYes(raw: string, mapping: Pick<ColumnMapping, 'billableYes'>): boolean {
  const value = normaliseName(raw);
  return mapping.billableYes.some((y) => normaliseName(y) === value);
}

/** Quoted value for a message, cut so a pasted novel does not become one. */
function shown(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return `"${one.length > 40 ? `${one.slice(0, 40)}…` : one}"`;
}

/** Trackers and spreadsheets write "-" for "none" (no project, no client): it reads as empty, as in their files. */
function dashAsEmpty(raw: string): string {
  return /^\s*[-\u2013\u2014]\s*$/.test(raw) ? '' : raw;
}

// ---------------------------------------------------------------------------------------------
// Reading rows

/** A record read by a mapping: the row, or the problems that keep it out. */
export type MappedRow = { ok: true; row: ImportRow } | { ok: false; errors: ImportError[] };

const ORDER_WORDS: Record<MappingDateOrder, string> = { dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year-month-day' };

/** Reads one record by a complete mapping; never throws. */
export function readMappedRecord(record: CsvRecord, mapping: ColumnMapping): MappedRow {
  const { line, cells } = record;
  const errors: ImportError[] = [];
  const problem = (code: ImportErrorCode, message: string) => errors.push({ line, code, message });
  const cell = (index: number): string => dashAsEmpty(index < 0 ? '' : (cells[index] ?? ''));

  const rawDate = cell(mapping.date).trim();
  const rawStart = cell(mapping.start).trim();
  const rawEnd = cell(mapping.end).trim();
  const start = rawStart ? readInstant(rawStart, mapping.dateOrder) : null;
  const end = rawEnd ? readInstant(rawEnd, mapping.dateOrder) : null;

  let date: string | null = null;
  if (rawDate === '') {
    // A file with only start date-times dates each row by its start.
    if (start?.date) date = start.date;
    else problem('missing-date', 'This line has no date. Add the date (such as 2024-03-15) and import again.');
  } else {
    date = readDateTime(rawDate, mapping.dateOrder)?.date ?? null;
    if (date === null) {
      problem('bad-date', `The date ${shown(rawDate)} cannot be read as ${ORDER_WORDS[mapping.dateOrder]}. Choose how the dates are written, or correct it.`);
    }
  }

  let minutes: number | null = null;
  const rawDuration = cell(mapping.duration).trim();
  const how = 'Write it as hours and minutes (1:30) or as decimal hours (1.5).';
  if (mapping.duration >= 0 && rawDuration !== '') {
    minutes = readDurationCell(rawDuration, mapping.durationUnit, mapping.decimalMark);
    if (minutes === null) problem('bad-duration', `The duration ${shown(rawDuration)} cannot be read. ${how}`);
  } else if (mapping.start >= 0 && mapping.end >= 0 && (rawStart !== '' || rawEnd !== '')) {
    if (!start) problem('bad-start', `The start ${shown(rawStart)} cannot be read as a time. Write it as 09:30 or 2024-03-15 09:30.`);
    else if (!end) problem('bad-end', `The end ${shown(rawEnd)} cannot be read as a time. Write it as 17:00 or 2024-03-15 17:00.`);
    else {
      const startDay = start.date ?? date;
      const endDay = end.date ?? startDay;
      let span = startDay && endDay ? (dayNumber(endDay) - dayNumber(startDay)) * 1440 + end.minutes - start.minutes : end.minutes - start.minutes;
      // Times without dates that go backwards crossed midnight (22:00 to 01:00).
      if (span < 0 && !end.date) span += 1440;
      if (span < 0) problem('end-before-start', `The end ${shown(rawEnd)} comes before the start ${shown(rawStart)}. Correct one of them.`);
      else minutes = span;
    }
  } else {
    problem('missing-duration', `This line has no duration. ${how}`);
  }

  if (minutes !== null) {
    const whole = Math.round(minutes);
    if (minutes < 1) {
      // Timers started by mistake: readMappedRecords counts these apart, as for a tracker's file.
      problem('zero-duration', 'This entry lasts less than a minute, so there is nothing to import. Correct its duration or remove the line.');
      minutes = null;
    } else if (whole > LIMITS.minutesPerEntry) {
      problem(
        'too-long-duration',
        `This entry lasts ${shown(rawDuration || `${rawStart} - ${rawEnd}`)} and one entry can be at most 24 hours. Split it into one entry per day, or correct it, and import again.`,
      );
      minutes = null;
    } else minutes = whole;
  }

  const client = cell(mapping.client).trim();
  const project = cell(mapping.project).trim();
  const note = cell(mapping.note).trim();
  if (client.length > LIMITS.name) problem('client-too-long', `The client name is ${client.length} characters long; the limit is ${LIMITS.name}. Shorten it and import again.`);
  if (project.length > LIMITS.name) problem('project-too-long', `The project name is ${project.length} characters long; the limit is ${LIMITS.name}. Shorten it and import again.`);
  if (note.length > LIMITS.shortText) problem('note-too-long', `The note is ${note.length} characters long; the limit is ${LIMITS.shortText}. Shorten it and import again.`);

  // No billable column: everything counts as billable, as the trackers' own files do.
  const billable = mapping.billable < 0 ? true : isYes(cell(mapping.billable), mapping);

  if (errors.length > 0 || date === null || minutes === null) return { ok: false, errors };
  return { ok: true, row: { date, minutes, client, project, note, billable } };
}

/** What a draft mapping still needs before rows can be read: a date, a duration or start and end, a project or client, the date order. */
export function mappingProblems(draft: MappingDraft): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (draft.date < 0 && draft.start < 0) problems.push('need-date');
  if (draft.duration < 0 && (draft.start < 0 || draft.end < 0)) problems.push('need-duration');
  if (draft.project < 0 && draft.client < 0) problems.push('need-project');
  if (draft.dateOrder === null) problems.push('need-date-order');
  return problems;
}

/** The draft as a complete mapping, or null while mappingProblems lists something. */
export function completeMapping(draft: MappingDraft): ColumnMapping | null {
  if (mappingProblems(draft).length > 0 || draft.dateOrder === null) return null;
  // A start date-time stands in for a missing date column.
  return { ...draft, date: draft.date >= 0 ? draft.date : draft.start, dateOrder: draft.dateOrder };
}

// ---------------------------------------------------------------------------------------------
// Guessing

function columnByName(names: string[], field: MappingField, taken: Set<number>): number {
  const aliases = NAMES[field];
  // Exact names first, then names with a unit in brackets ("Horas (decimal)", "Dauer (h)").
  for (const pass of [0, 1]) {
    for (const alias of aliases) {
      const i = names.findIndex((n, k) => !taken.has(k) && (pass === 0 ? n === alias : n.replace(/\s*\(.*\)$/, '') === alias));
      if (i >= 0) return i;
    }
  }
  return -1;
}

function values(sampleRows: string[][], column: number): string[] {
  if (column < 0) return [];
  return sampleRows.map((r) => (r[column] ?? '').trim()).filter((v) => v !== '' && v !== '-');
}

/** How slash or dot dates in these values are written, when they tell; null when every one could be either. */
export function guessDateOrder(dates: string[]): MappingDateOrder | null {
  let iso = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  let dotted = 0;
  let slash = 0;
  for (const raw of dates) {
    if (ISO_RE.test(raw)) {
      iso++;
      continue;
    }
    const m = DMY_RE.exec(raw);
    if (!m) continue;
    slash++;
    if (m[2] === '.') dotted++;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (slash === 0) return iso > 0 ? 'ymd' : null;
  if (dayFirst > 0 && monthFirst === 0) return 'dmy';
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  // Dots (15.03.2024) are written day first wherever they are used.
  if (dotted === slash && monthFirst === 0) return 'dmy';
  return null;
}

/** The decimal mark these durations use, when one of them shows it (`1,5` or `1.5`). */
export function guessDecimalMark(durations: string[]): '.' | ',' | null {
  const comma = durations.some((v) => /^\d*,\d+(\s*[a-z]+)?$/i.test(v));
  const point = durations.some((v) => /^\d*\.\d+(\s*[a-z]+)?$/i.test(v));
  if (comma && !point) return ',';
  if (point && !comma) return '.';
  return null;
}

function looksLikeDate(v: string): boolean {
  return ISO_RE.test(v) || DMY_RE.test(v);
}

const CLOCK_RE = /^(\d+):([0-5]?\d)(?::([0-5]?\d)(?:[.,]\d+)?)?$/;

function looksLikeDuration(v: string): boolean {
  return CLOCK_RE.test(v) || /^\d+([.,]\d+)?\s*(h|min)?$/i.test(v);
}

/** Proposes a mapping from the column names (in es, en, de, fr, pt, it, nl) and the shapes of the first rows' values. */
export function guessMapping(header: string[], sampleRows: string[][]): MappingDraft {
  const names = header.map(normaliseName);
  const taken = new Set<number>();
  const pick = (field: MappingField): number => {
    const i = columnByName(names, field, taken);
    if (i >= 0) taken.add(i);
    return i;
  };
  // Order matters: a "Start date" column is the date before it can be a start time.
  let date = pick('date');
  const duration = pick('duration');
  const start = pick('start');
  const end = pick('end');
  const client = pick('client');
  const project = pick('project');
  const billable = pick('billable');
  const note = pick('note');

  const mostly = (column: number, test: (v: string) => boolean): boolean => {
    const vs = values(sampleRows, column);
    return vs.length > 0 && vs.filter(test).length >= vs.length * 0.8;
  };
  if (date < 0) {
    // A start column of date-times (solidtime's "Start") dates each row.
    if (start >= 0 && mostly(start, looksLikeDate)) date = start;
    else date = header.findIndex((_, k) => !taken.has(k) && mostly(k, looksLikeDate));
  }
  let durationColumn = duration;
  if (durationColumn < 0 && (start < 0 || end < 0)) {
    durationColumn = header.findIndex((_, k) => !taken.has(k) && k !== date && mostly(k, looksLikeDuration));
  }

  const dates = [...values(sampleRows, date), ...(date === start ? [] : values(sampleRows, start))];
  const durations = values(sampleRows, durationColumn);
  const decimalMark = guessDecimalMark(durations) ?? '.';
  const durationUnit: 'hours' | 'minutes' = durationColumn >= 0 && /min/.test(names[durationColumn] ?? '') ? 'minutes' : 'hours';
  // One spelling per value: "Yes" and "yes" are the same yes (isYes compares them so).
  const billableYes = billableChoices(sampleRows, billable, []).choices.map((c) => c.value).filter((v) => YES_WORDS.has(normaliseName(v)));

  return {
    date,
    duration: durationColumn,
    durationUnit,
    start,
    end,
    client,
    project,
    note,
    billable,
    // Kimai writes 1 for yes and nothing for no: a column of only "1" still says which is yes.
    billableYes: billableYes.length > 0 ? billableYes : billable >= 0 ? ['1'] : [],
    dateOrder: guessDateOrder(dates),
    decimalMark,
  };
}

/** The distinct values of a column in the sample, for the "which values mean yes" choice. */
export function columnValues(sampleRows: string[][], column: number, limit = 12): string[] {
  return [...new Set(values(sampleRows, column))].slice(0, limit);
}

/** One value a billable column holds, and whether it means billable under the mapping. */
export interface BillableChoice {
  value: string;
  yes: boolean;
}

/** At most this many values are offered to tick (the model keeps at most 20 yes values). */
export const MAX_BILLABLE_CHOICES = 20;

/**
 * The values to tick for "billable when it says": each distinct value of the column in the sample
 * (told apart as isYes tells them: case, accents and spacing aside), then any remembered yes value
 * the sample lacks, so a remembered choice is never dropped unseen; `more` counts values not shown.
 */
export function billableChoices(sampleRows: string[][], column: number, billableYes: readonly string[]): { choices: BillableChoice[]; more: number } {
  const yes = new Set(billableYes.map(normaliseName));
  const seen = new Map<string, string>();
  for (const v of values(sampleRows, column)) {
    const key = normaliseName(v);
    if (!seen.has(key)) seen.set(key, v);
  }
  for (const v of billableYes) if (!seen.has(normaliseName(v))) seen.set(normaliseName(v), v);
  const all = [...seen].map(([key, value]) => ({ value, yes: yes.has(key) }));
  // Ticked values first when the list is cut, so the ones that count are always in view.
  const shown = all.length <= MAX_BILLABLE_CHOICES ? all : [...all.filter((c) => c.yes), ...all.filter((c) => !c.yes)].slice(0, MAX_BILLABLE_CHOICES);
  return { choices: shown, more: all.length - shown.length };
}

/** `billableYes` with `value` ticked (added once) or unticked (every spelling of it removed). */
export function setBillableYes(billableYes: readonly string[], value: string, yes: boolean): string[] {
  const key = normaliseName(value);
  const others = billableYes.filter((v) => normaliseName(v) !== key);
  return yes ? [...others, value].slice(-MAX_BILLABLE_CHOICES) : others;
}

/** Every record read by a complete mapping, for parseTimeCsv; entries under a minute are counted, not listed as errors. */
export function readMappedRecords(records: CsvRecord[], mapping: ColumnMapping): { rows: ImportRow[]; errors: ImportError[]; shortEntries: number } {
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  let shortEntries = 0;
  for (const r of records) {
    const read = readMappedRecord(r, mapping);
    if (read.ok) rows.push(read.row);
    else if (read.errors.some((e) => e.code === 'zero-duration')) shortEntries++;
    else errors.push(...read.errors);
  }
  return { rows, errors, shortEntries };
}
