import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Client, Dataset, Project, TimeEntry } from '#shared/model';
import { EMPTY_DATASET } from '#shared/model';
import { fromDayNumber, dayNumber } from '#shared/dates';
import { CLIENTFIT_HEADER, neutralizeCell, restoreCell, toTimeCsv } from '#shared/csv/export';
import { parseTimeCsv, type ImportRow } from '#shared/csv';

const client = (id: string, name: string): Client => ({ id, name, source: 'web', status: 'active', star: false, createdAt: '2024-01-01' });
const project = (id: string, clientId: string, title: string): Project => ({
  id,
  clientId,
  title,
  kind: 'branding',
  pricing: { mode: 'hourly', rate: 6000 },
  status: 'in-progress',
  createdAt: '2024-01-01',
  invoices: [],
});
const entry = (id: string, projectId: string, date: string, minutes: number, note?: string, billable = true): TimeEntry =>
  note === undefined ? { id, projectId, date, minutes, billable } : { id, projectId, date, minutes, note, billable };

const data = (clients: Client[], projects: Project[], timeEntries: TimeEntry[]): Dataset => ({ ...EMPTY_DATASET, clients, projects, timeEntries });

/** What the rows of an exported dataset must be, in the order export writes them. */
function expectedRows(d: Dataset): ImportRow[] {
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

describe('toTimeCsv', () => {
  const sample = data(
    [client('c1', 'Panadería La Espiga'), client('c2', '=HYPERLINK("http://x","y")')],
    [project('p1', 'c1', 'Identidad visual'), project('p2', 'c2', 'Branding'), project('p3', 'c1', 'Apps, web')],
    [
      entry('e3', 'p1', '2024-03-05', 60, 'Bocetos'),
      entry('e2', 'p1', '2024-03-04', 45, 'Reunión con Marta, "paleta"\ny tipos', false),
      entry('e1', 'p2', '2024-03-04', 30, '+1 ronda'),
      entry('e0', 'p3', '2024-03-04', 15, '@todo'),
      entry('e4', 'p1', '2024-03-04', 20),
    ],
  );

  it('writes the header, one CRLF line per entry sorted by date, project title and id, with names resolved', () => {
    const csv = toTimeCsv(sample);
    expect(csv).toBe(
      [
        CLIENTFIT_HEADER,
        `2024-03-04,Panadería La Espiga,"Apps, web",15,yes,'@todo`,
        `2024-03-04,"'=HYPERLINK(""http://x"",""y"")",Branding,30,yes,'+1 ronda`,
        `2024-03-04,Panadería La Espiga,Identidad visual,45,no,"Reunión con Marta, ""paleta""\ny tipos"`,
        `2024-03-04,Panadería La Espiga,Identidad visual,20,yes,`,
        `2024-03-05,Panadería La Espiga,Identidad visual,60,yes,Bocetos`,
        '',
      ].join('\r\n'),
    );
    expect(CLIENTFIT_HEADER).toBe('date,client,project,minutes,billable,note');
  });

  it('writes an empty file as the header alone', () => {
    expect(toTimeCsv(EMPTY_DATASET)).toBe(`${CLIENTFIT_HEADER}\r\n`);
    const r = parseTimeCsv(toTimeCsv(EMPTY_DATASET));
    expect(r.format).toBe('clientfit');
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => e.code)).toEqual(['no-rows']);
  });

  it('writes entries of a missing project with empty names', () => {
    const csv = toTimeCsv(data([], [], [entry('e1', 'gone', '2024-01-01', 10)]));
    expect(csv.split('\r\n')[1]).toBe('2024-01-01,,,10,yes,');
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const value = `${start}1+2`;
      expect(neutralizeCell(value)).toBe(`'${value}`);
      expect(restoreCell(neutralizeCell(value))).toBe(value);
    }
    expect(neutralizeCell('Bocetos')).toBe('Bocetos');
    expect(neutralizeCell("'=x")).toBe("''=x");
    expect(neutralizeCell("'plain")).toBe("'plain");
    expect(restoreCell("'plain")).toBe("'plain");
    expect(neutralizeCell(' =x')).toBe(' =x');
  });

  it('neutralises every segment after ; , or a tab inside a cell, as Spanish, German and French Excel split them', () => {
    expect(neutralizeCell("x;=cmd|' /C calc'!A0")).toBe("x;'=cmd|' /C calc'!A0");
    expect(neutralizeCell('ok;@SUM(1+1)')).toBe("ok;'@SUM(1+1)");
    expect(neutralizeCell('a,+1\t-2')).toBe("a,'+1\t'-2");
    expect(neutralizeCell('a;"=1+1"')).toBe('a;"\'=1+1"');
    expect(neutralizeCell('a; =x')).toBe('a; =x');
    for (const v of ["x;=cmd|' /C calc'!A0", 'ok;@SUM(1+1)', 'a,+1\t-2', "a;'=b", ";\t=x"]) expect(restoreCell(neutralizeCell(v))).toBe(v);
    const csv = toTimeCsv(data([client('c1', 'Bodega;=HYPERLINK("x")')], [project('p1', 'c1', 'Web,-2')], [entry('e1', 'p1', '2024-01-01', 10, 'ok;@SUM(1+1)')]));
    expect(csv.split('\r\n')[1]).toBe('2024-01-01,"Bodega;\'=HYPERLINK(""x"")","Web,\'-2",10,yes,ok;\'@SUM(1+1)');
    expect(parseTimeCsv(csv).rows[0]).toMatchObject({ client: 'Bodega;=HYPERLINK("x")', project: 'Web,-2', note: 'ok;@SUM(1+1)' });
  });

  it('leaves no exported cell starting like a formula', () => {
    const csv = toTimeCsv(sample);
    const cells = csv.split('\r\n').slice(1).join(',').split(',');
    for (const c of cells) expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('reads back the same rows', () => {
    const r = parseTimeCsv(toTimeCsv(sample));
    expect(r.format).toBe('clientfit');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual(expectedRows(sample));
  });

  it('round-trips any dataset: export, parse, same rows', () => {
    const special = fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\n', '\r', '\r\n', '\t', ' ', 'á', 'Ñ', 'ü', '€', '😀', 'x', '1');
    const ch = fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })).filter((c) => !c.includes('\uFFFD'));
    const name = fc
      .string({ unit: ch, minLength: 1, maxLength: 30 })
      .map((s) => s.trim().slice(0, 200))
      .filter((s) => s.length > 0);
    const note = fc.option(fc.string({ unit: ch, maxLength: 60 }).map((s) => s.slice(0, 500)), { nil: undefined });
    const dataset = fc
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
    fc.assert(
      fc.property(dataset, (d) => {
        const csv = toTimeCsv(d);
        // Whatever character a spreadsheet splits on, no piece of any line starts like a formula.
        for (const line of csv.split('\r\n')) expect(line).not.toMatch(/(?:^|[;,\t])"*[=+\-@]/);
        const r = parseTimeCsv(csv);
        expect(r.errors).toEqual([]);
        expect(r.format).toBe('clientfit');
        expect(r.rows).toEqual(expectedRows(d));
      }),
      { numRuns: 300 },
    );
  });

  it('restores exactly what it neutralises, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', ';', ',', '"', '\n') }), (s) => {
        expect(restoreCell(neutralizeCell(s))).toBe(s);
        expect(neutralizeCell(s)).not.toMatch(/(?:^|[;,\t"\r\n])[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
  });
});
