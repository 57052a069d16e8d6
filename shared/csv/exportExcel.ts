/**
 * ClientFit's time export for a spreadsheet, in the app's language: Spanish Excel splits a
 * .csv on `;` and reads `1,5` as a number, English Excel wants `,` and `1.5`. Headers and
 * yes/no are in that language, and the file starts with a UTF-8 BOM so accents read right.
 * It reads back with `parseTimeCsv` (see `excelColumns`), exactly like the plain CSV.
 */
import type { Dataset, Language } from '../model';
import { neutralizeCell } from './export';

/** The columns of the spreadsheet export, in the order it writes them. */
export type ExcelColumn = 'date' | 'client' | 'project' | 'minutes' | 'hours' | 'billable' | 'note';

/** How each language writes the spreadsheet export. */
export interface ExcelDialect {
  delimiter: ';' | ',';
  decimal: ',' | '.';
  yes: string;
  no: string;
  headers: Record<ExcelColumn, string>;
}

/** One dialect per app language: the header table the parser also recognises. */
export const EXCEL_DIALECTS: Record<Language, ExcelDialect> = {
  es: {
    delimiter: ';',
    decimal: ',',
    yes: 'sí',
    no: 'no',
    headers: { date: 'Fecha', client: 'Cliente', project: 'Proyecto', minutes: 'Minutos', hours: 'Horas', billable: 'Facturable', note: 'Nota' },
  },
  en: {
    delimiter: ',',
    decimal: '.',
    yes: 'yes',
    no: 'no',
    headers: { date: 'Date', client: 'Client', project: 'Project', minutes: 'Minutes', hours: 'Hours', billable: 'Billable', note: 'Note' },
  },
};

const COLUMNS: readonly ExcelColumn[] = ['date', 'client', 'project', 'minutes', 'hours', 'billable', 'note'];

/** The header line of the spreadsheet export in a language. */
export function excelHeader(language: Language): string {
  const d = EXCEL_DIALECTS[language];
  return COLUMNS.map((c) => d.headers[c]).join(d.delimiter);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cell(value: string): string {
  const safe = neutralizeCell(value);
  // Quoted on either separator, so the file stays right whichever one a reader splits on.
  return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Hours with two decimals in the dialect's decimal mark (90 -> "1,50" or "1.50"). */
function hours(minutes: number, decimal: string): string {
  const fixed = (minutes / 60).toFixed(2);
  return decimal === '.' ? fixed : fixed.replace('.', decimal);
}

/**
 * The dataset's time entries as a spreadsheet CSV in `language` (BOM included), sorted
 * like `toTimeCsv`: by date, then project title, then id.
 */
export function toTimeExcelCsv(data: Pick<Dataset, 'clients' | 'projects' | 'timeEntries'>, language: Language): string {
  const d = EXCEL_DIALECTS[language];
  const clientNames = new Map(data.clients.map((c) => [c.id, c.name]));
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const titleOf = (projectId: string): string => projects.get(projectId)?.title ?? '';
  const entries = [...data.timeEntries].sort(
    (a, b) => compare(a.date, b.date) || compare(titleOf(a.projectId), titleOf(b.projectId)) || compare(a.id, b.id),
  );
  const lines: string[] = [excelHeader(language)];
  for (const e of entries) {
    const project = projects.get(e.projectId);
    const client = project ? (clientNames.get(project.clientId) ?? '') : '';
    lines.push(
      [e.date, cell(client), cell(project?.title ?? ''), String(e.minutes), hours(e.minutes, d.decimal), e.billable ? d.yes : d.no, cell(e.note ?? '')].join(
        d.delimiter,
      ),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A header name compared without case, accents or extra spaces. */
function key(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Where each column is in a header line, -1 for absent ones. */
export type ExcelColumnIndex = Record<Exclude<ExcelColumn, 'hours'>, number>;

/**
 * The column positions when `header` is the spreadsheet export's header in one of the
 * app's languages (date, minutes and project at least); null otherwise.
 */
export function excelColumns(header: readonly string[]): ExcelColumnIndex | null {
  const names = header.map(key);
  for (const language of Object.keys(EXCEL_DIALECTS) as Language[]) {
    const h = EXCEL_DIALECTS[language].headers;
    const at = (c: ExcelColumn): number => names.indexOf(key(h[c]));
    const found: ExcelColumnIndex = { date: at('date'), client: at('client'), project: at('project'), minutes: at('minutes'), billable: at('billable'), note: at('note') };
    if (found.date >= 0 && found.minutes >= 0 && found.project >= 0) return found;
  }
  return null;
}
