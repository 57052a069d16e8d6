import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Language } from '#shared/model';
import { EMPTY_DATASET } from '#shared/model';
import { excelColumns, excelHeader, toTimeExcelCsv } from '#shared/csv/exportExcel';
import { parseTimeCsv, toTimeCsv } from '#shared/csv';
import { client, data, entry, expectedRows, exportDatasetArb, project } from './exportKit';

const sample = data(
  [client('c1', 'Panadería La Espiga'), client('c2', '=HYPERLINK("http://x","y")')],
  [project('p1', 'c1', 'Identidad visual'), project('p2', 'c2', 'Branding'), project('p3', 'c1', 'Apps; web')],
  [
    entry('e3', 'p1', '2024-03-05', 90, 'Bocetos'),
    entry('e2', 'p1', '2024-03-04', 45, 'Reunión con Marta, "paleta"\ny tipos', false),
    entry('e1', 'p2', '2024-03-04', 30, '+1 ronda'),
    entry('e0', 'p3', '2024-03-04', 15, '@todo'),
  ],
);

describe('toTimeExcelCsv', () => {
  it('writes Spanish: BOM, semicolons, Spanish headers, decimal comma hours and sí/no', () => {
    const csv = toTimeExcelCsv(sample, 'es');
    expect(csv.startsWith('\uFEFFFecha;Cliente;Proyecto;Minutos;Horas;Facturable;Nota\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Fecha;Cliente;Proyecto;Minutos;Horas;Facturable;Nota',
      `2024-03-04;Panadería La Espiga;"Apps; web";15;0,25;sí;'@todo`,
      `2024-03-04;"'=HYPERLINK(""http://x"",""y"")";Branding;30;0,50;sí;'+1 ronda`,
      `2024-03-04;Panadería La Espiga;Identidad visual;45;0,75;no;"Reunión con Marta, ""paleta""\ny tipos"`,
      `2024-03-05;Panadería La Espiga;Identidad visual;90;1,50;sí;Bocetos`,
      '',
    ]);
  });

  it('writes English: BOM, commas, English headers, decimal point hours and yes/no', () => {
    const csv = toTimeExcelCsv(sample, 'en');
    expect(csv.slice(1).split('\r\n').slice(0, 2)).toEqual(['Date,Client,Project,Minutes,Hours,Billable,Note', `2024-03-04,Panadería La Espiga,"Apps; web",15,0.25,yes,'@todo`]);
    expect(csv.slice(1).split('\r\n')[4]).toBe('2024-03-05,Panadería La Espiga,Identidad visual,90,1.50,yes,Bocetos');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('writes an empty file as the header alone, which reads as no rows', () => {
    for (const language of ['es', 'en'] as const) {
      expect(toTimeExcelCsv(EMPTY_DATASET, language)).toBe(`\uFEFF${excelHeader(language)}\r\n`);
      const r = parseTimeCsv(toTimeExcelCsv(EMPTY_DATASET, language));
      expect(r.format).toBe('clientfit');
      expect(r.errors.map((e) => e.code)).toEqual(['no-rows']);
    }
  });

  it('reads back the same rows as the plain CSV, in both languages', () => {
    for (const language of ['es', 'en'] as const) {
      const r = parseTimeCsv(toTimeExcelCsv(sample, language));
      expect(r.format).toBe('clientfit');
      expect(r.errors).toEqual([]);
      expect(r.rows).toEqual(expectedRows(sample));
      expect(r.rows).toEqual(parseTimeCsv(toTimeCsv(sample)).rows);
    }
  });

  it('recognises its headers whatever the case, accents or spacing a spreadsheet left', () => {
    expect(excelColumns(['FECHA', ' cliente ', 'Proyécto', 'minutos', 'Horas', 'FACTURABLE', 'nota'])).toEqual({ date: 0, client: 1, project: 2, minutes: 3, billable: 5, note: 6 });
    expect(excelColumns(['Date', 'Project', 'Minutes'])).toEqual({ date: 0, client: -1, project: 1, minutes: 2, billable: -1, note: -1 });
    expect(excelColumns(['Fecha', 'Proyecto', 'Horas'])).toBeNull();
    const resaved = 'fecha;cliente;proyecto;minutos;horas;facturable;nota\r\n05/03/2024;Espiga;Logo;90;1,5;Sí;Bocetos\r\n';
    const r = parseTimeCsv(resaved);
    expect(r.rows).toEqual([{ date: '2024-03-05', minutes: 90, client: 'Espiga', project: 'Logo', note: 'Bocetos', billable: true }]);
  });

  it('round-trips any dataset in both languages, with no cell piece starting like a formula', () => {
    const dataset = exportDatasetArb();
    fc.assert(
      fc.property(dataset, fc.constantFrom<Language>('es', 'en'), (d, language) => {
        const csv = toTimeExcelCsv(d, language);
        for (const line of csv.slice(1).split('\r\n')) expect(line).not.toMatch(/(?:^|[;,\t])"*[=+\-@]/);
        const r = parseTimeCsv(csv);
        expect(r.errors).toEqual([]);
        expect(r.format).toBe('clientfit');
        expect(r.rows).toEqual(expectedRows(d));
      }),
      { numRuns: 300 },
    );
  });
});
