import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { EMPTY_DATASET } from '#shared/model';
import { CLIENTFIT_HEADER, neutralizeCell, restoreCell, toTimeCsv } from '#shared/csv/export';
import { parseTimeCsv } from '#shared/csv';
import { client, data, entry, expectedRows, exportDatasetArb, project } from './exportKit';

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
    const dataset = exportDatasetArb();
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
