/**
 * ClientFit's own time CSV, written so that it opens safely in spreadsheet apps and
 * reads back unchanged with `parseTimeCsv`.
 *
 * Format: header `date,client,project,minutes,billable,note`; comma separated; CRLF line
 * ends; RFC 4180 quoting; date `YYYY-MM-DD`; minutes a whole number; billable `yes`/`no`.
 * No BOM in the string: whoever saves the file may prepend `\uFEFF` for Excel (parse ignores it).
 */
import type { Dataset } from '../model';

/** The column names of ClientFit's own CSV, in the order export writes them. */
export const CLIENTFIT_COLUMNS = ['date', 'client', 'project', 'minutes', 'billable', 'note'] as const;

/** The header line of ClientFit's own CSV. */
export const CLIENTFIT_HEADER = CLIENTFIT_COLUMNS.join(',');

// Spreadsheet apps run a cell starting with = + - @ tab or CR as a formula (CSV injection).
// Spanish, German and French Excel split a .csv on `;` (others on tab), so every segment
// after `;`, `,` or a tab inside a cell is a cell start too (and after `"`, which a reader
// splitting on another character may take as a field's opening quote, and after a line break). Segment starts already
// holding quotes before such a character get one more, so restoreCell round-trips exactly.
const SEGMENT_NEEDS_QUOTE = /(?<=^|[;,\t"\r\n])(?='*[=+\-@\t\r])/g;
const SEGMENT_QUOTED = /(?<=^|[;,\t"\r\n])'(?='*[=+\-@\t\r])/g;

/**
 * Prefixes `'` to the start of the cell and of each segment after `;`, `,`, a tab, `"` or a line break that
 * a spreadsheet would run as a formula (and to one already so prefixed).
 */
export function neutralizeCell(value: string): string {
  return value.replace(SEGMENT_NEEDS_QUOTE, "'");
}

/** Undoes `neutralizeCell`: drops one `'` at each segment start where the rest would be formula-like. */
export function restoreCell(value: string): string {
  return value.replace(SEGMENT_QUOTED, '');
}

function quote(value: string): string {
  // Quote when RFC 4180 requires it, and around edge spaces that some readers would trim.
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: string): string {
  return quote(neutralizeCell(value));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The dataset's time entries as ClientFit's own CSV, sorted by date, then project title, then id. */
export function toTimeCsv(data: Pick<Dataset, 'clients' | 'projects' | 'timeEntries'>): string {
  const clientNames = new Map(data.clients.map((c) => [c.id, c.name]));
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const titleOf = (projectId: string): string => projects.get(projectId)?.title ?? '';
  const entries = [...data.timeEntries].sort(
    (a, b) => compare(a.date, b.date) || compare(titleOf(a.projectId), titleOf(b.projectId)) || compare(a.id, b.id),
  );
  const lines: string[] = [CLIENTFIT_HEADER];
  for (const e of entries) {
    const project = projects.get(e.projectId);
    const client = project ? (clientNames.get(project.clientId) ?? '') : '';
    lines.push(
      [
        e.date,
        cell(client),
        cell(project?.title ?? ''),
        String(e.minutes),
        e.billable ? 'yes' : 'no',
        cell(e.note ?? ''),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
