/**
 * What the export tests (plain CSV and Excel) share: named records built on the fixture kit, the
 * rows an export must read back as, and random datasets whose names and notes are full of the
 * characters spreadsheets and CSV quoting trip on.
 */
import fc from 'fast-check';
import type { Client, Dataset, Project, TimeEntry } from '#shared/model';
import { fromDayNumber, dayNumber } from '#shared/dates';
import type { ImportRow } from '#shared/csv';
import * as kit from '../../support/builders';

/** An active client with the given name. */
export const client = (id: string, name: string): Client => kit.client(id, { name, createdAt: '2024-01-01' });

/** An hourly (60 €/h) branding project in progress with the given title. */
export const project = (id: string, clientId: string, title: string): Project =>
  kit.project(id, clientId, { title, pricing: { mode: 'hourly', rate: 6000 }, status: 'in-progress', createdAt: '2024-01-01' });

/** A time entry with a fixed id; the note is left out (not set to undefined) when not given, as the model stores it. */
export const entry = (id: string, projectId: string, date: string, minutes: number, note?: string, billable = true): TimeEntry =>
  note === undefined ? { id, projectId, date, minutes, billable } : { id, projectId, date, minutes, note, billable };

/** A dataset holding only these clients, projects and entries. */
export const data = (clients: Client[], projects: Project[], timeEntries: TimeEntry[]): Dataset => kit.dataset({ clients, projects, timeEntries });

/** What the rows of an exported dataset must be, in the order export writes them. */
export function expectedRows(d: Dataset): ImportRow[] {
  const projects = new Map(d.projects.map((p) => [p.id, p]));
  const clients = new Map(d.clients.map((c) => [c.id, c]));
  const title = (e: TimeEntry): string => projects.get(e.projectId)?.title ?? '';
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...d.timeEntries]
    .sort((a, b) => cmp(a.date, b.date) || cmp(title(a), title(b)) || cmp(a.id, b.id))
    .map((e) => {
      const p = projects.get(e.projectId);
      return {
        date: e.date,
        minutes: e.minutes,
        client: (p && clients.get(p.clientId)?.name) ?? '',
        project: p?.title ?? '',
        note: e.note ?? '',
        billable: e.billable,
      };
    });
}

/**
 * Random datasets for export round trips: 1-5 clients, 1-6 projects and 1-20 entries from 2015 to
 * 2030, with names and notes mixing formula starters, separators, quotes, line breaks and any grapheme.
 */
export const exportDatasetArb = (): fc.Arbitrary<Dataset> => {
  const special = fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\n', '\r', '\r\n', '\t', ' ', 'á', 'Ñ', 'ü', '€', '😀', 'x', '1');
  const ch = fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })).filter((c) => !c.includes('\uFFFD'));
  const name = fc
    .string({ unit: ch, minLength: 1, maxLength: 30 })
    .map((s) => s.trim().slice(0, 200))
    .filter((s) => s.length > 0);
  // Capped at the 500 characters a note may hold, as a long grapheme run could pass it.
  const note = fc.option(fc.string({ unit: ch, maxLength: 60 }).map((s) => s.slice(0, 500)), { nil: undefined });
  return fc
    .tuple(fc.array(name, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), name), { minLength: 1, maxLength: 6 }))
    .chain(([clientNames, projectSpecs]) => {
      const clients = clientNames.map((n, i) => client(`c${i}`, n));
      const projects = projectSpecs.map(([k, t], i) => project(`p${i}`, `c${k % clients.length}`, t));
      const entries = fc.array(
        fc.record({
          project: fc.nat({ max: projects.length - 1 }),
          day: fc.integer({ min: dayNumber('2015-01-01'), max: dayNumber('2030-12-31') }),
          minutes: fc.integer({ min: 1, max: 1440 }),
          note,
          billable: fc.boolean(),
        }),
        { minLength: 1, maxLength: 20 },
      );
      return entries.map((es) =>
        data(
          clients,
          projects,
          es.map((e, i) => entry(`e${String(i).padStart(3, '0')}`, `p${e.project}`, fromDayNumber(e.day), e.minutes, e.note, e.billable)),
        ),
      );
    });
};
