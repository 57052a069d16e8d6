/**
 * The column names each tracker writes in its CSV exports, per language, as data. Only names
 * seen in real exports or in code written against real exports are listed; each language's
 * source is in the comment above it (test/fixtures/import/SOURCES.md keeps the files).
 * Matching ignores case, accents, spaces and a BOM (see headerKey).
 */

/** A column ClientFit reads. */
export type TrackerField =
  | 'date'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'duration'
  | 'durationDecimal'
  | 'client'
  | 'project'
  | 'note'
  | 'task'
  | 'billable';

export type TrackerFormat = 'toggl' | 'clockify' | 'harvest' | 'clientfit';

/** One language's column names for one tracker: the field and the names it goes by. */
type HeaderNames = Partial<Record<TrackerField, readonly string[]>>;

/**
 * Toggl Track. Its exports are in English: Toggl's help asks for English headers on import and
 * points to a detailed report exported as CSV as the layout to copy (SOURCES.md); no translated
 * export has been seen. Two layouts:
 * - the classic detailed report and "Export Time Entries" (User, Email, Client, Project, Task,
 *   Description, Billable, Start date, Start time, End date, End time, Duration, Tags, Amount):
 *   CorrectRoadH/OpenTickly issue #84 (a real "Export Time Entries" header and row);
 * - the newer detailed report (Description, Duration, Member, Email, Project, Tags, Start date,
 *   Stop date, Start time, Stop time), which writes "-" for no project: a README quoting a real
 *   report, listed in SOURCES.md.
 */
const TOGGL: Record<string, HeaderNames> = {
  en: {
    date: ['Start date'],
    startTime: ['Start time'],
    endDate: ['End date', 'Stop date'],
    endTime: ['End time', 'Stop time'],
    duration: ['Duration'],
    client: ['Client'],
    project: ['Project'],
    note: ['Description'],
    task: ['Task'],
    billable: ['Billable'],
  },
};

/**
 * Clockify's detailed report. Clockify writes the column names in the account's language
 * (solidtime-io/solidtime issue #294).
 */
const CLOCKIFY: Record<string, HeaderNames> = {
  // English: solidtime-io/solidtime issue #953 (a real export's header, with Activity for Task).
  en: {
    date: ['Start Date'],
    startTime: ['Start Time'],
    endDate: ['End Date'],
    endTime: ['End Time'],
    duration: ['Duration (h)'],
    durationDecimal: ['Duration (decimal)'],
    client: ['Client'],
    project: ['Project'],
    note: ['Description'],
    task: ['Task', 'Activity'],
    billable: ['Billable'],
  },
  // Spanish: a real export, miguellosoyo/SKU "Informe Detallado de Horas 4.csv"; the shorter
  // "Fecha inicio" / "Hora fin" names from a public importer's test of a real header (SOURCES.md).
  es: {
    date: ['Fecha de inicio', 'Fecha inicio'],
    startTime: ['Hora de inicio', 'Hora inicio'],
    endDate: ['Fecha de finalización', 'Fecha fin'],
    endTime: ['Hora de finalización', 'Hora fin'],
    duration: ['Duración (h)'],
    durationDecimal: ['Duración (decimal)'],
    client: ['Cliente'],
    project: ['Proyecto'],
    note: ['Descripción'],
    task: ['Tarea'],
    billable: ['Facturable'],
  },
  // German: the column list of a public Clockify-to-Clockodo converter and a public Clockify
  // report reader (SOURCES.md); "Dauer (Dezimalzahl)" from the latter's alias table. The same
  // names in WINBIGFOX/TimeScribe's German Clockify export fixture (clockify-de-timescribe.csv).
  de: {
    date: ['Startdatum'],
    startTime: ['Startzeit'],
    endDate: ['Enddatum'],
    endTime: ['Endzeit'],
    duration: ['Dauer (h)'],
    durationDecimal: ['Dauer (dezimal)', 'Dauer (Dezimalzahl)'],
    client: ['Kunde'],
    project: ['Projekt'],
    note: ['Beschreibung'],
    task: ['Aufgabe'],
    billable: ['Abrechenbar'],
  },
  // French: the Clockify column mapping of a public Dolibarr module that imports Clockify's French
  // export ("Facturable" = "Oui"), and a public script summing its "Durée (décimal)"; "Durée (h)"
  // and "Tâche" from WINBIGFOX/TimeScribe's French Clockify export fixture (SOURCES.md).
  fr: {
    date: ['Date de début'],
    startTime: ['Heure de début'],
    endDate: ['Date de fin'],
    endTime: ['Heure de fin'],
    duration: ['Durée (h)'],
    durationDecimal: ['Durée (décimal)'],
    client: ['Client'],
    project: ['Projet'],
    note: ['Description'],
    task: ['Tâche'],
    billable: ['Facturable'],
  },
  // Portuguese (Brazil): a public importer's test with a real report's header and its README;
  // Portugal's "Data final" from a public script that reads Clockify's export (SOURCES.md).
  pt: {
    date: ['Data de início'],
    startTime: ['Hora de início'],
    endDate: ['Data de término', 'Data final'],
    endTime: ['Hora de término'],
    duration: ['Duração (h)'],
    durationDecimal: ['Duração (decimal)'],
    client: ['Cliente'],
    project: ['Projeto'],
    note: ['Descrição'],
    task: ['Tarefa'],
    billable: ['Faturável'],
  },
};

/**
 * Clockify's timesheet import template (Workspace settings › Import; Clockify's help "Import data
 * into Clockify": English names whatever the account's language, Email, Start date, Start time
 * and Duration required). Its plain "Duration" is also Toggl's name, but Toggl's exports always
 * name the person (User, Member) and the template never does: that tells the two apart.
 */
const CLOCKIFY_TEMPLATE: HeaderNames = {
  date: ['Start Date'],
  startTime: ['Start Time'],
  endDate: ['End Date'],
  endTime: ['End Time'],
  duration: ['Duration'],
  client: ['Client'],
  project: ['Project'],
  note: ['Description'],
  task: ['Task'],
  billable: ['Billable'],
};
const TEMPLATE_NEEDS = ['Email'];
const TEMPLATE_NEVER = ['User', 'Member'];

/**
 * Harvest's time report, in English: Harvest's help documents its time CSVs with English column
 * names only and no translated export has been seen (SOURCES.md); the column list of a public
 * Harvest-to-Toggl converter names the same columns.
 */
const HARVEST: Record<string, HeaderNames> = {
  en: {
    date: ['Date'],
    duration: ['Hours'],
    client: ['Client'],
    project: ['Project'],
    note: ['Notes'],
    task: ['Task'],
    billable: ['Billable?', 'Billable'],
  },
};

/** ClientFit's own CSV (exportCsv.ts). */
const CLIENTFIT: Record<string, HeaderNames> = {
  en: {
    date: ['date'],
    duration: ['minutes'],
    client: ['client'],
    project: ['project'],
    note: ['note', 'notes'],
    billable: ['billable'],
  },
};

/** The tables, by format. */
export const TRACKER_HEADERS: Record<TrackerFormat, Record<string, HeaderNames>> = {
  toggl: TOGGL,
  clockify: CLOCKIFY,
  harvest: HARVEST,
  clientfit: CLIENTFIT,
};

/** A header cell as it is compared: no BOM, no accents, no spaces, lower case. */
export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, '')
    .toLowerCase();
}

/** Where each field sits in a header line (-1: not there), and the language its names came from. */
export interface HeaderMatch {
  columns: Record<TrackerField, number>;
  language: string;
}

const FIELDS: readonly TrackerField[] = ['date', 'startTime', 'endDate', 'endTime', 'duration', 'durationDecimal', 'client', 'project', 'note', 'task', 'billable'];

/**
 * The columns of a header line in one tracker's names, trying each language and keeping the
 * one that finds the most columns; null when no language finds the columns that format needs.
 */
export function matchHeader(format: TrackerFormat, header: readonly string[]): HeaderMatch | null {
  const keys = header.map(headerKey);
  let best: HeaderMatch | null = null;
  let bestFound = 0;
  const tables = Object.entries(TRACKER_HEADERS[format]);
  if (format === 'clockify' && isClockifyTemplate(keys)) tables.push(['en', CLOCKIFY_TEMPLATE]);
  for (const [language, names] of tables) {
    const columns = {} as Record<TrackerField, number>;
    let found = 0;
    for (const field of FIELDS) {
      let at = -1;
      for (const name of names[field] ?? []) {
        at = keys.indexOf(headerKey(name));
        if (at >= 0) break;
      }
      columns[field] = at;
      if (at >= 0) found++;
    }
    if (!hasRequired(format, columns)) continue;
    if (found > bestFound) {
      best = { columns, language };
      bestFound = found;
    }
  }
  return best;
}

/** A header line with Email and no person's name column: Clockify's import template, never a Toggl export. */
function isClockifyTemplate(keys: readonly string[]): boolean {
  const has = (name: string) => keys.includes(headerKey(name));
  return TEMPLATE_NEEDS.every(has) && !TEMPLATE_NEVER.some(has);
}

function hasRequired(format: TrackerFormat, c: Record<TrackerField, number>): boolean {
  switch (format) {
    case 'clientfit':
      return c.date >= 0 && c.duration >= 0 && c.project >= 0;
    case 'clockify':
      return c.date >= 0 && (c.duration >= 0 || c.durationDecimal >= 0);
    case 'toggl':
    case 'harvest':
      return c.date >= 0 && c.duration >= 0;
  }
}
