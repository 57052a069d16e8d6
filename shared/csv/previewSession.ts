/**
 * The import preview's numbers for one file: parse it, plan what it would create and count
 * what is already there, without handing every row back (a 150,000-row plan takes as long
 * to copy to the page as to compute). The renderer runs it in a worker. Pure.
 */
import type { PayloadOf } from '../ipc/contract';
import { LIMITS, type ColumnMapping, type Dataset } from '../model';
import { fileFingerprint, splitDuplicates } from './dedupe';
import { parseTimeCsv } from './parse';
import type { DateOrder, ImportRow, ParseTimeCsvResult } from './types';
import { planImport, type ImportPlan, type PlannedEntry } from './plan';

/** What the person chose in the preview that changes the plan. */
export interface ImportChoices {
  dateOrder: DateOrder | null;
  clientForBlank: string;
  projectForBlank: string;
  /** What the internal client will be called when the import creates it. */
  internalName: string;
  /** For a file no known tracker wrote: the column mapping the person confirmed (null: none yet). */
  mapping?: ColumnMapping | null;
}

/** The part of the data a plan looks at. */
export type ImportData = Pick<Dataset, 'clients' | 'projects' | 'timeEntries'>;

/** One project's row in the preview's table. */
export interface ProjectGroup {
  client: string;
  internal: boolean;
  project: string;
  isNewClient: boolean;
  isNewProject: boolean;
  entries: number;
  minutes: number;
}

/** One client's rows in the preview's table, with its projects. */
export interface ClientGroup {
  client: string;
  internal: boolean;
  isNew: boolean;
  minutes: number;
  entries: number;
  projects: ProjectGroup[];
}

/** A slash date as the file wrote it, and the two ways of reading it. */
export interface DateOrderExample {
  raw: string;
  dmy: string;
  mdy: string;
}

/**
 * Everything the preview shows, without the rows themselves: a 150,000-row plan would take
 * the page as long to receive as to compute. The rows stay where they were computed.
 */
export interface ImportAnalysis {
  parsed: Omit<ParseTimeCsvResult, 'rows'> & { rowCount: number };
  example: DateOrderExample | null;
  blankClients: number;
  blankProjects: number;
  plan: Pick<ImportPlan, 'clientsToCreate' | 'projectsToCreate' | 'totalMinutes'> & { entryCount: number };
  groups: ClientGroup[];
  duplicates: { count: number; minutes: number };
  fingerprint: string;
}

/** What the person decided on Confirm, for the backend's payload. */
export interface PayloadChoices {
  kind: string;
  includeDuplicates: boolean;
  fileName: string;
}

/** The plan's entries grouped by client and project, in the plan's client order. */
export function groupsOf(plan: ImportPlan): ClientGroup[] {
  const byProject = new Map<string, ProjectGroup>();
  for (const e of plan.entries) {
    // The internal client's rows stay apart from a client in the file that happens to share its name.
    const key = `${e.internal ? '\u0000' : ''}${e.clientName}\u0000${e.projectName}`;
    let g = byProject.get(key);
    if (!g) {
      g = { client: e.clientName, internal: !!e.internal, project: e.projectName, isNewClient: !e.clientId, isNewProject: !e.projectId, entries: 0, minutes: 0 };
      byProject.set(key, g);
    }
    g.entries++;
    g.minutes += e.minutes;
  }
  return plan.byClient.map((c) => ({
    client: c.client,
    internal: !!c.internal,
    isNew: !c.clientId,
    minutes: c.minutes,
    entries: c.rows,
    projects: [...byProject.values()].filter((p) => p.client === c.client && p.internal === !!c.internal).sort((a, b) => b.minutes - a.minutes),
  }));
}

/** Reconstructs a slash date as the file wrote it, and the two ways of reading it. */
export function dateOrderExample(rows: readonly ImportRow[], order: DateOrder): DateOrderExample | null {
  for (const r of rows) {
    const [y, m, d] = r.date.split('-') as [string, string, string];
    if (m === d) continue;
    // The rows were read in `order`: put the file's text back, then read it the other way.
    const raw = order === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
    const swapped = `${y}-${d}-${m}`;
    return order === 'dmy' ? { raw, dmy: r.date, mdy: swapped } : { raw, dmy: swapped, mdy: r.date };
  }
  return null;
}

/** One file being previewed: its text, its last parse and its last plan. */
export class ImportSession {
  readonly fingerprint: string;
  private parsed: { order: DateOrder | null; mapping: string; result: ParseTimeCsvResult } | null = null;
  private plan: ImportPlan | null = null;

  constructor(private readonly text: string) {
    this.fingerprint = fileFingerprint(text);
  }

  /** Parses (again only when the date order or the column mapping changed) and plans; `onProgress` gets 0..1. */
  analyse(choices: ImportChoices, data: ImportData, onProgress: (share: number) => void = () => undefined): ImportAnalysis {
    const { mapping } = choices;
    // The choices arrive copied (from the page to a worker): the mapping is compared by value.
    const mappingKey = mapping ? JSON.stringify(mapping) : '';
    if (!this.parsed || this.parsed.order !== choices.dateOrder || this.parsed.mapping !== mappingKey) {
      const result = parseTimeCsv(this.text, {
        ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}),
        ...(mapping ? { mapping } : {}),
        onProgress: (share) => onProgress(share * 0.8),
      });
      this.parsed = { order: choices.dateOrder, mapping: mappingKey, result };
    }
    const parsed = this.parsed.result;
    onProgress(0.8);
    let blankClients = 0;
    let blankProjects = 0;
    for (const r of parsed.rows) {
      if (r.client.trim() === '') blankClients++;
      if (r.project.trim() === '') blankProjects++;
    }
    const client = choices.clientForBlank.trim();
    const project = choices.projectForBlank.trim();
    const rows =
      !client && !project
        ? parsed.rows
        : parsed.rows.map((r) => ({ ...r, client: r.client.trim() === '' ? client : r.client, project: r.project.trim() === '' ? project : r.project }));
    const plan = planImport(rows, data, { internalName: choices.internalName });
    this.plan = plan;
    onProgress(0.9);
    // Rows equal to entries already here (the backend skips the same ones), counted apart.
    const duplicates: PlannedEntry[] = splitDuplicates(plan.entries, data.timeEntries).duplicates;
    onProgress(1);
    const { rows: allRows, ...rest } = parsed;
    return {
      parsed: { ...rest, rowCount: allRows.length },
      example: parsed.needsDateOrder ? dateOrderExample(allRows, (parsed.dateOrder as DateOrder | undefined) ?? 'dmy') : null,
      blankClients,
      blankProjects,
      plan: { clientsToCreate: plan.clientsToCreate, projectsToCreate: plan.projectsToCreate, totalMinutes: plan.totalMinutes, entryCount: plan.entries.length },
      groups: groupsOf(plan),
      duplicates: { count: duplicates.length, minutes: duplicates.reduce((n, e) => n + e.minutes, 0) },
      fingerprint: this.fingerprint,
    };
  }

  /** The `importTime` payload for the last plan. */
  payload(choices: PayloadChoices): PayloadOf<'importTime'> {
    const plan = this.plan;
    if (!plan) throw new Error('Nothing planned yet.');
    return {
      clients: plan.clientsToCreate.map((name) => ({ name })),
      // '' names the internal client: the backend finds it, or makes it once.
      projects: plan.projectsToCreate.map((p) => ({ clientName: p.internal ? '' : p.client, title: p.project, kind: choices.kind })),
      ...(choices.includeDuplicates ? { includeDuplicates: true } : {}),
      file: { name: choices.fileName.trim().slice(0, LIMITS.name) || 'import.csv', hash: this.fingerprint },
      entries: plan.entries.map((e) => ({
        date: e.date,
        minutes: e.minutes,
        billable: e.billable,
        clientName: e.internal ? '' : e.clientName,
        projectTitle: e.projectName,
        ...(e.note ? { note: e.note } : {}),
      })),
    };
  }
}
