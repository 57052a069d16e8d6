import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  MAX_IMPORT_ERRORS,
  SUPPORTED_FORMATS_MESSAGE,
  decodeTimeCsv,
  parseTimeCsv,
  type ImportRow,
  type ParseTimeCsvResult,
} from '#shared/csv';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);
const bytes = (name: string): Buffer => readFileSync(new URL(name, FIXTURES));
const text = (name: string): string => bytes(name).toString('utf8');
const parseFixture = (name: string): ParseTimeCsvResult => parseTimeCsv(text(name));
// What parseTimeCsv says when its own code failed: fuzzing must never get there.
const CRASH = 'This file could not be read.';
const total = (rows: ImportRow[]): number => rows.reduce((s, r) => s + r.minutes, 0);
const billableTotal = (rows: ImportRow[]): number => total(rows.filter((r) => r.billable));

const TOGGL_HEADER = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags';
const HARVEST_HEADER =
  'Date,Client,Project,Project Code,Task,Notes,Hours,Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL';

describe('parseTimeCsv on Toggl Track exports', () => {
  it('reads the report with a BOM and an Amount column', () => {
    expect(bytes('toggl-bom-amount.csv').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const r = parseFixture('toggl-bom-amount.csv');
    expect(r.format).toBe('toggl');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(8);
    // 150 + 45 + 200 + 91 + 20 + 60 + 195 + 250
    expect(total(r.rows)).toBe(1011);
    expect(billableTotal(r.rows)).toBe(931);
    expect(r.dateOrder).toBe('ymd');
    expect(r.needsDateOrder).toBeUndefined();
    expect(r.rows[0]).toEqual({
      date: '2024-03-04',
      minutes: 150,
      client: 'Panadería La Espiga',
      project: 'Identidad visual',
      note: 'Bocetos de logotipo',
      billable: true,
    });
    expect(r.rows[1]?.note).toBe('Reunión con Marta, revisión de paleta\ny tipografías');
    // 01:30:30 rounds to the nearest minute.
    expect(r.rows[3]?.minutes).toBe(91);
    expect(r.rows[4]?.billable).toBe(false);
    expect(r.rows[5]).toMatchObject({ client: '', project: 'Portfolio', minutes: 60 });
  });

  it('reads the report without Amount, with CRLF, day/month dates and trailing empty lines', () => {
    const r = parseFixture('toggl-no-amount.csv');
    expect(r.format).toBe('toggl');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(6);
    // 120 + 225 + 300 + 50 + 75 + 390
    expect(total(r.rows)).toBe(1160);
    expect(r.dateOrder).toBe('dmy');
    expect(r.needsDateOrder).toBeUndefined();
    expect(r.rows.map((x) => x.date)).toEqual(['2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-19']);
    expect(r.rows[0]?.note).toBe('Cover "The Salt Road" sketches');
    // No description: the task stands in as the note.
    expect(r.rows[4]?.note).toBe('Color');
  });

  it('reads the same rows whatever the line ends', () => {
    const lf = parseFixture('toggl-bom-amount.csv');
    const crlf = parseTimeCsv(text('toggl-bom-amount.csv').replace(/\n/g, '\r\n'));
    const cr = parseTimeCsv(text('toggl-bom-amount.csv').replace(/\n/g, '\r'));
    const withoutNotes = (r: ParseTimeCsvResult) => r.rows.map((x) => ({ ...x, note: x.note.replace(/\r\n?/g, '\n') }));
    expect(withoutNotes(crlf)).toEqual(lf.rows);
    expect(withoutNotes(cr)).toEqual(lf.rows);
    expect(crlf.errors).toEqual([]);
    expect(cr.errors).toEqual([]);
  });
});

describe('parseTimeCsv on Clockify exports', () => {
  it('reads the standard detailed report with month/day dates', () => {
    const r = parseFixture('clockify-standard.csv');
    expect(r.format).toBe('clockify');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(7);
    // 135 + 105 + 30 + 180 + 15 + 260 + 70
    expect(total(r.rows)).toBe(795);
    expect(billableTotal(r.rows)).toBe(750);
    expect(r.dateOrder).toBe('mdy');
    expect(r.rows[0]?.date).toBe('2024-03-04');
    expect(r.rows[3]?.date).toBe('2024-03-18');
    expect(r.rows[2]?.note).toBe('Call with Sarah\n- agreed on colour tokens');
  });

  it('reads the variant with Activity, extra columns and no Client column', () => {
    const r = parseFixture('clockify-activity-noclient.csv');
    expect(r.format).toBe('clockify');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(5);
    // 150 + 40 + 110 + 55 + 186
    expect(total(r.rows)).toBe(541);
    expect(r.rows.every((x) => x.client === '')).toBe(true);
    expect(r.rows[1]?.note).toBe('Client call');
    // Duration (h) 03:05:30 wins over the rounder Duration (decimal) 3.09.
    expect(r.rows[4]?.minutes).toBe(186);
  });

  it('reads the variant with semicolons and decimal commas', () => {
    const r = parseFixture('clockify-semicolon.csv');
    expect(r.format).toBe('clockify');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(6);
    // 150 + 75 + 225 + 30 + 120 + 5
    expect(total(r.rows)).toBe(605);
    expect(billableTotal(r.rows)).toBe(570);
    expect(r.dateOrder).toBe('dmy');
    expect(r.rows[0]).toEqual({
      date: '2024-04-22',
      minutes: 150,
      client: 'Estudio Núñez & Asociados',
      project: 'Señalética oficina',
      note: 'Visita a la oficina; mediciones',
      billable: true,
    });
    expect(r.rows[4]?.note).toBe('Rótulo fachada\r\nversión con relieve');
  });
});

describe('parseTimeCsv on Harvest exports', () => {
  it('reads hours written 20,0 and refuses 2.000,0 hours on its line', () => {
    const r = parseFixture('harvest-decimal-comma.csv');
    expect(r.format).toBe('harvest');
    expect(r.rows).toHaveLength(5);
    // 210 + 1200 + 45 + 255 + 60
    expect(total(r.rows)).toBe(1770);
    expect(r.rows[1]).toMatchObject({ minutes: 1200, note: 'Design' });
    expect(r.rows[3]?.note).toBe('Planos finales\ncon cotas');
    // The note on line 5 spans two lines, so the 2.000,0 hours row is line 7.
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[7, 'too-long-duration']]);
    expect(r.errors[0]?.message).toContain('24 hours');
  });

  it('reads the standard report with decimal points', () => {
    const r = parseFixture('harvest-standard.csv');
    expect(r.format).toBe('harvest');
    expect(r.errors).toEqual([]);
    // 90 + 30 + 135 + 180 + 75
    expect(total(r.rows)).toBe(510);
    expect(billableTotal(r.rows)).toBe(480);
  });

  it('reads a tab-separated file with columns in another order, odd header case and extra columns', () => {
    const file = [
      ['  hours ', 'NOTES', 'Mystery', 'project', 'client', 'DATE', 'billable?'].join('\t'),
      ['1.25', 'Retoques', 'x', 'Identidad visual', 'Panadería La Espiga', '2024-05-06', 'no'].join('\t'),
      ['0:45', '', 'y', 'Identidad visual', 'Panadería La Espiga', '2024-05-07', ''].join('\t'),
    ].join('\n');
    const r = parseTimeCsv(file);
    expect(r.format).toBe('harvest');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { date: '2024-05-06', minutes: 75, client: 'Panadería La Espiga', project: 'Identidad visual', note: 'Retoques', billable: false },
      { date: '2024-05-07', minutes: 45, client: 'Panadería La Espiga', project: 'Identidad visual', note: '', billable: true },
    ]);
  });
});

describe('parseTimeCsv layout', () => {
  it('skips blank lines before the header and still counts physical lines', () => {
    const r = parseTimeCsv('\n\r\ndate;client;project;minutes\n2024-01-01;"A; b";P;10\n2024-01-02;A;P;0\n');
    expect(r.format).toBe('clientfit');
    expect(r.rows).toEqual([{ date: '2024-01-01', minutes: 10, client: 'A; b', project: 'P', note: '', billable: true }]);
    // Line 5 lasts 0 minutes: left out and counted, not an error.
    expect(r.errors).toEqual([]);
    expect(r.skipped).toEqual({ shortEntries: 1 });
  });
});

describe("parseTimeCsv on ClientFit's own CSV", () => {
  it('reads it, restoring neutralised cells', () => {
    const r = parseFixture('clientfit.csv');
    expect(r.format).toBe('clientfit');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(5);
    // 90 + 45 + 30 + 120 + 240
    expect(total(r.rows)).toBe(525);
    expect(r.rows[1]).toEqual({
      date: '2024-07-01',
      minutes: 45,
      client: 'Bloom Skincare Ltd',
      project: 'Rebrand 2024',
      note: 'Call with Sarah, notes\r\nto follow',
      billable: false,
    });
    expect(r.rows[2]).toMatchObject({ client: '=Studio Igual', note: '-2 rondas de cambios' });
    expect(r.rows[4]?.note).toBe('Medidas "reales" en sala');
  });
});

describe('parseTimeCsv dates', () => {
  it('asks for the order when no day is over 12, reading day/month meanwhile', () => {
    const r = parseFixture('clockify-ambiguous-dates.csv');
    expect(r.format).toBe('clockify');
    expect(r.needsDateOrder).toBe(true);
    expect(r.dateOrder).toBe('dmy');
    expect(r.rows.map((x) => x.date)).toEqual(['2024-03-05', '2024-03-06', '2024-03-03']);
    // 60 + 30 + 120
    expect(total(r.rows)).toBe(210);

    const mdy = parseTimeCsv(text('clockify-ambiguous-dates.csv'), { dateOrder: 'mdy' });
    expect(mdy.dateOrder).toBe('mdy');
    expect(mdy.needsDateOrder).toBe(true);
    expect(mdy.rows.map((x) => x.date)).toEqual(['2024-05-03', '2024-06-03', '2024-03-03']);

    const dmy = parseTimeCsv(text('clockify-ambiguous-dates.csv'), { dateOrder: 'dmy' });
    expect(dmy.rows).toEqual(r.rows);
  });

  it('lets one day over 12 anywhere in the file settle the order of every row', () => {
    const lines = ['date,client,project,minutes,billable,note'];
    for (let i = 0; i < 50; i++) lines.push('03/04/2024,A,B,10,yes,');
    lines.push('03/25/2024,A,B,10,yes,');
    const r = parseTimeCsv(lines.join('\n'));
    expect(r.needsDateOrder).toBeUndefined();
    expect(r.dateOrder).toBe('mdy');
    expect(r.rows[0]?.date).toBe('2024-03-04');
    expect(r.rows[50]?.date).toBe('2024-03-25');
  });

  it('reports the dates that do not fit the order the file mostly uses', () => {
    const file = 'date,client,project,minutes\n25/03/2024,A,B,10\n26/03/2024,A,B,10\n03/27/2024,A,B,10\n';
    const r = parseTimeCsv(file);
    expect(r.dateOrder).toBe('dmy');
    expect(r.rows).toHaveLength(2);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 4, code: 'bad-date' });
    expect(r.errors[0]?.message).toContain('day/month/year');
  });

  it('reads DD.MM.YYYY, YYYY/MM/DD, two-digit years and ISO dates with a time', () => {
    const file = 'date,client,project,minutes\n31.12.2024,A,B,10\n2024/01/02,A,B,10\n5.3.24,A,B,10\n2024-01-03T09:00:00,A,B,10\n';
    const r = parseTimeCsv(file);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.date)).toEqual(['2024-12-31', '2024-01-02', '2024-03-05', '2024-01-03']);
    expect(r.dateOrder).toBe('dmy');
  });
});

describe('parseTimeCsv on hostile files', () => {
  it('keeps formula cells as plain text', () => {
    const r = parseFixture('hostile-formulas.csv');
    expect(r.format).toBe('toggl');
    expect(r.errors).toEqual([]);
    expect(total(r.rows)).toBe(240);
    expect(r.rows.map((x) => x.client)[0]).toBe('=HYPERLINK("http://x","y")');
    expect(r.rows[1]?.project).toBe("+cmd|' /C calc'!A0");
    expect(r.rows[2]?.note).toBe('@SUM(1+1)');
    expect(r.rows[3]?.note).toBe('-2+3');
  });

  it('refuses a Latin-1 file read as UTF-8, pointing at the first garbled line', () => {
    const r = parseFixture('hostile-latin1.csv');
    expect(r.format).toBe('harvest');
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, code: 'not-utf8' });
    expect(r.errors[0]?.message).toContain('UTF-8');
  });

  it('reads that Latin-1 file right when decoded with decodeTimeCsv', () => {
    const r = parseTimeCsv(decodeTimeCsv(bytes('hostile-latin1.csv')));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.client)).toEqual(['Panadería La Espiga', 'Estudio Núñez & Asociados', 'Café Montaña']);
    // 60 + 120 + 30
    expect(total(r.rows)).toBe(210);
  });

  it('decodes UTF-8 with a BOM and UTF-16 with a BOM', () => {
    expect(parseTimeCsv(decodeTimeCsv(bytes('toggl-bom-amount.csv'))).rows).toEqual(parseFixture('toggl-bom-amount.csv').rows);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('harvest-standard.csv'), 'utf16le')]);
    expect(total(parseTimeCsv(decodeTimeCsv(utf16)).rows)).toBe(510);
  });

  it.each([
    ['hostile-binary.bin', 'not-text'],
    ['hostile-empty.csv', 'empty-file'],
  ])('gives format unknown and one error for %s', (name, code) => {
    const r = parseFixture(name);
    expect(r.format).toBe('unknown');
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 1, code });
    expect(r.errors[0]?.message).toContain(SUPPORTED_FORMATS_MESSAGE);
  });

  it('says which formats it reads for a CSV it does not know', () => {
    const r = parseTimeCsv('Name,Amount,Due\nBloom,1200,2024-05-01\n');
    expect(r).toEqual({
      format: 'unknown',
      rows: [],
      errors: [{ line: 1, code: 'unknown-format', message: expect.stringContaining(SUPPORTED_FORMATS_MESSAGE) as unknown as string }],
      // What the column-mapping step needs to map it.
      columns: ['Name', 'Amount', 'Due'],
      sampleRows: [{ line: 2, cells: ['Bloom', '1200', '2024-05-01'] }],
    });
  });

  it('says a header-only file has no entries', () => {
    const r = parseFixture('hostile-header-only.csv');
    expect(r.format).toBe('toggl');
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([{ line: 1, code: 'no-rows', message: expect.any(String) as unknown as string }]);
  });

  it('reports each bad line with its physical line number', () => {
    const r = parseFixture('hostile-errors.csv');
    expect(r.format).toBe('toggl');
    expect(r.rows).toHaveLength(2);
    // 60 + 30: lines 2-4 and line 10.
    expect(total(r.rows)).toBe(90);
    expect(r.rows[0]?.note).toBe('Primera línea,\nsegunda línea\ntercera línea');
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [5, 'bad-date'],
      [6, 'missing-duration'],
      [8, 'bad-billable'],
      [11, 'too-long-duration'],
      [12, 'bad-date'],
      [13, 'client-too-long'],
      [14, 'unclosed-quote'],
    ]);
    // Line 7 ran 20 seconds: counted in one summary, not listed.
    expect(r.skipped).toEqual({ shortEntries: 1 });
    for (const e of r.errors) expect(e.message).toMatch(/^[A-Z].*\.$/);
  });

  it('refuses notes and names over the model limits', () => {
    const file = [
      'date,client,project,minutes,billable,note',
      `2024-01-01,A,B,10,yes,${'n'.repeat(501)}`,
      `2024-01-01,A,${'p'.repeat(201)},10,yes,`,
      `2024-01-01,A,B,10,yes,${'n'.repeat(500)}`,
    ].join('\n');
    const r = parseTimeCsv(file);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'note-too-long'],
      [3, 'project-too-long'],
    ]);
    expect(r.rows).toHaveLength(1);
  });

  it('lists at most 1,000 errors, then says how many more there are', () => {
    const lines = [TOGGL_HEADER];
    for (let i = 0; i < 1500; i++) lines.push('a,b,C,P,,n,Yes,2024-13-01,,,,01:00:00,');
    const r = parseTimeCsv(lines.join('\n'));
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(MAX_IMPORT_ERRORS + 1);
    expect(r.errors[999]?.line).toBe(1001);
    expect(r.errors[1000]).toMatchObject({ line: 1002, code: 'too-many-errors' });
    expect(r.errors[1000]?.message).toContain('500 more');
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = parseTimeCsv(s);
        expect(Array.isArray(r.rows)).toBe(true);
        expect(r.errors.some((e) => e.message.startsWith(CRASH))).toBe(false);
        expect(r.errors.every((e) => Number.isInteger(e.line) && e.line >= 1)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random cells under a known header', () => {
    const headers = [TOGGL_HEADER, HARVEST_HEADER, 'date,client,project,minutes,billable,note', '"Project","Client","Start Date","Duration (h)","Duration (decimal)"'];
    const cellChars = fc.constantFrom('a', 'é', '1', '2', '0', ':', '.', ',', ';', '/', '-', '"', '\n', '\r', '\t', ' ', '=', "'", '\uFEFF');
    const cellText = fc.string({ unit: cellChars, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cellText, { maxLength: 22 }), { maxLength: 8 }),
        (header, sep, rows) => {
          const file = [header.split(',').join(sep), ...rows.map((r) => r.join(sep))].join('\n');
          const r = parseTimeCsv(file);
          expect(r.format).not.toBe('unknown');
          expect(r.errors.some((e) => e.message.startsWith(CRASH))).toBe(false);
          for (const row of r.rows) {
            expect(row.minutes).toBeGreaterThanOrEqual(1);
            expect(row.minutes).toBeLessThanOrEqual(1440);
            expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
          const lineCount = file.split(/\r\n|\n|\r/).length;
          expect(r.errors.every((e) => e.line >= 1 && e.line <= lineCount)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a 50 MB export in reasonable time and counts it right', () => {
    const clients = ['Panadería La Espiga', 'Bloom Skincare Ltd', 'Café Montaña', 'Northwind Books'];
    const parts: string[] = [`\uFEFF${TOGGL_HEADER},Amount (EUR)\n`];
    let size = parts[0]?.length ?? 0;
    let rows = 0;
    let minutes = 0;
    while (size < 50_000_000) {
      const m = (rows % 480) + 1;
      const day = (rows % 28) + 1;
      const note = rows % 10 === 0 ? `"Revisión, ronda ${rows}\nsegunda línea"` : `Trabajo ${rows}`;
      const line = `Lucía Ferrer,lucia@estudioferrer.es,${clients[rows % 4]},Proyecto ${rows % 50},,${note},Yes,2024-03-${String(day).padStart(2, '0')},09:00:00,2024-03-${String(day).padStart(2, '0')},10:00:00,${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00,,60.00\n`;
      parts.push(line);
      size += line.length;
      rows++;
      minutes += m;
    }
    const file = parts.join('');
    const started = performance.now();
    const r = parseTimeCsv(file);
    const seconds = (performance.now() - started) / 1000;
    expect(r.format).toBe('toggl');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(rows);
    expect(total(r.rows)).toBe(minutes);
    expect(seconds).toBeLessThan(15);
  }, 30_000);
});
