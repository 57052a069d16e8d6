import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { TRACKER_HEADERS, decodeTimeCsv, matchHeader, parseTimeCsv, readCsvHead, type ImportRow, type ParseTimeCsvResult, type TrackerFormat } from '#shared/csv';

// Real exports (or their verbatim header and rows) per tracker and language: test/fixtures/import/SOURCES.md.
const FIXTURES = new URL('../../fixtures/import/', import.meta.url);
const fixtureText = (name: string): string => decodeTimeCsv(readFileSync(new URL(name, FIXTURES)));
const parseFixture = (name: string): ParseTimeCsvResult => parseTimeCsv(fixtureText(name));
/** The header cells of a fixture, as the parser splits them. */
const parseHeaderOf = (name: string): string[] => readCsvHead(fixtureText(name))?.columns ?? [];
/** Each row as [date, minutes, client, project], the columns a person checks against the file. */
const essentials = (rows: ImportRow[]) => rows.map((r) => [r.date, r.minutes, r.client, r.project]);

describe('Clockify exports in the language of the account', () => {
  it('reads a real Spanish detailed report row by row', () => {
    const r = parseFixture('clockify-es-real.csv');
    expect(r.format).toBe('clockify');
    expect(r.language).toBe('es');
    expect(r.errors).toEqual([]);
    expect(r.dateOrder).toBe('dmy');
    expect(essentials(r.rows)).toEqual([
      ['2023-10-02', 105, 'La Tribu', 'La Tribu - PLO'],
      ['2023-10-02', 30, 'Banco Industrial', 'Banco Industrial Ops No Facturable'],
      ['2023-10-02', 60, 'Banco Industrial', 'Banco Industrial Ops No Facturable'],
      ['2023-09-29', 30, 'Banco Industrial', 'Banco Industrial Ops No Facturable'],
      ['2023-09-29', 70, 'Banco Industrial', 'Banco Industrial Ops No Facturable'],
      ['2023-09-28', 60, 'La Tribu', 'La Tribu - PLO'],
      // 17:52 to 02:52 the next day: the file's own 09:00:00.
      ['2023-09-22', 540, 'Tribal Worldwide', 'Tribal - GTH'],
    ]);
    // "Sí" and "No" in the Facturable column.
    expect(r.rows.map((x) => x.billable)).toEqual([true, false, false, false, false, true, false]);
    expect(r.rows[0]?.note).toBe('[SPI-1713]: Urgente: Asignacion de clasificacion masivo a proyecto jira BX');
  });

  it('reads a real English detailed report row by row, asking for the date order since no day is over 12', () => {
    const r = parseFixture('clockify-en-real.csv');
    expect(r.format).toBe('clockify');
    expect(r.language).toBe('en');
    expect(r.errors).toEqual([]);
    // 09/01/2023 to 12/01/2023: the file's name says 9 to 15 January, so day first is right,
    // but nothing in the rows proves it and the person is asked.
    expect(r.needsDateOrder).toBe(true);
    expect(r.dateOrder).toBe('dmy');
    expect(essentials(r.rows)).toEqual([
      ['2023-01-12', 62, 'Management', 'Management'],
      // 03:23:08: the seconds round to the nearest minute.
      ['2023-01-12', 203, 'ICT', 'ICT'],
      ['2023-01-12', 30, 'Project Management', 'Project Management'],
      ['2023-01-12', 30, 'Project Management', 'RM'],
      ['2023-01-11', 210, 'Project Management', 'Project Management'],
      ['2023-01-11', 180, 'Project Management', 'RM'],
      ['2023-01-11', 50, 'ICT', 'ICT'],
      ['2023-01-10', 10, 'Project Management', 'ORB'],
      ['2023-01-10', 15, 'ICT', 'ICT'],
      ['2023-01-10', 513, 'Legal', 'Legal'],
      ['2023-01-09', 60, 'Investor Relationship', 'Investor Relationship'],
      ['2023-01-09', 60, 'Project Management', 'ORB'],
      // 00:08:45
      ['2023-01-09', 9, 'Project Management', 'Project Management'],
      // 01:01:35
      ['2023-01-09', 62, 'Marketing', 'Marketing'],
    ]);
    expect(r.rows.every((x) => x.billable)).toBe(true);
    // An empty description: the task stands in. Accents as exported.
    expect(r.rows[8]?.note).toBe('Internal');
    expect(r.rows[7]?.note).toBe('Úprava kontaktů na stránce chateu protivín');

    const monthFirst = parseTimeCsv(fixtureText('clockify-en-real.csv'), { dateOrder: 'mdy' });
    expect(monthFirst.rows.map((x) => x.date).slice(0, 1)).toEqual(['2023-12-01']);
  });

  it('reads a Portuguese report saved in Windows-1252 with semicolons and decimal commas', () => {
    const r = parseFixture('clockify-pt.csv');
    expect(r.format).toBe('clockify');
    expect(r.errors).toEqual([]);
    expect(essentials(r.rows)).toEqual([
      ['2024-02-20', 90, 'Cliente PT', 'Projeto PT'],
      ['2024-02-21', 120, 'Cliente PT', 'Projeto PT'],
    ]);
    expect(r.rows.map((x) => [x.note, x.billable])).toEqual([
      ['Reunião de alinhamento', true],
      ['Sem fim informado', false],
    ]);
  });

  it('reads a German report: Startdatum, Dauer (h), Ja/Nein, dotted dates; a 12-second timer is left out', () => {
    const r = parseFixture('clockify-de.csv');
    expect(r.format).toBe('clockify');
    expect(r.language).toBe('de');
    expect(r.errors).toEqual([]);
    expect(r.dateOrder).toBe('dmy');
    expect(essentials(r.rows)).toEqual([
      ['2024-03-04', 150, 'Bäckerei Süß GmbH', 'Markenauftritt 2024'],
      ['2024-03-05', 45, 'Bäckerei Süß GmbH', 'Markenauftritt 2024'],
      ['2024-03-13', 260, 'Kaffeerösterei Nord', 'Verpackung Sommerlinie'],
      ['2024-03-14', 60, '', 'Portfolio'],
    ]);
    expect(r.rows.map((x) => x.billable)).toEqual([true, false, true, false]);
    // No description: the task (Aufgabe) stands in.
    expect(r.rows[2]?.note).toBe('Reinzeichnung');
    expect(r.skipped).toEqual({ shortEntries: 1 });
  });

  it('reads a French report: Date de début, Durée (décimal), Oui/Non, month/day dates', () => {
    const r = parseFixture('clockify-fr.csv');
    expect(r.format).toBe('clockify');
    expect(r.errors).toEqual([]);
    expect(r.dateOrder).toBe('mdy');
    expect(essentials(r.rows)).toEqual([
      ['2024-03-04', 135, 'Boulangerie Lefèvre', 'Identité visuelle'],
      ['2024-03-05', 30, 'Boulangerie Lefèvre', 'Identité visuelle'],
      ['2024-03-18', 210, 'Éditions du Pré', 'Catalogue printemps'],
    ]);
    expect(r.rows.map((x) => x.billable)).toEqual([true, false, true]);
  });

  // A second, independent copy of the current export's columns in each language: another
  // project's fixtures (one sample line each, its own demo values), copied byte for byte.
  it('reads the German export as another importer ships it: E-Mail, Kiosk, Erstellungsdatum, day/month dates', () => {
    const r = parseFixture('clockify-de-timescribe.csv');
    expect(r.format).toBe('clockify');
    expect(r.language).toBe('de');
    expect(r.errors).toEqual([]);
    expect(r.dateOrder).toBe('dmy');
    // 09:30:00 to 11:00:00, "Dauer (h)" 01:30:00.
    expect(essentials(r.rows)).toEqual([['2026-03-26', 90, 'Acme GmbH', 'Website Relaunch']]);
    expect(r.rows.map((x) => [x.note, x.billable])).toEqual([['Landing page review and copy updates', true]]);
  });

  it('reads the French export with its clock duration "Durée (h)" and task "Tâche"', () => {
    const r = parseFixture('clockify-fr-timescribe.csv');
    expect(r.format).toBe('clockify');
    expect(r.language).toBe('fr');
    expect(r.errors).toEqual([]);
    expect(r.dateOrder).toBe('dmy');
    expect(essentials(r.rows)).toEqual([['2026-03-26', 90, 'Acme GmbH', 'Website Relaunch']]);
    expect(r.rows.map((x) => [x.note, x.billable])).toEqual([['Landing page review and copy updates', true]]);
    const match = matchHeader('clockify', parseHeaderOf('clockify-fr-timescribe.csv'));
    // Both durations found: the exact clock one is read, the rounded decimal one is the fallback.
    expect(match?.columns).toMatchObject({ duration: 14, durationDecimal: 15, task: 3, client: 1, project: 0 });
  });

  it('reads a French line with no description from its task (Tâche) and Non as not billable', () => {
    const header = fixtureText('clockify-fr-timescribe.csv').split('\n')[0];
    // The fixture's own line with the description emptied and a 20-minute entry (decimal 0.33).
    const line = '"Website Relaunch","Acme GmbH","","Content Review","","demo.user","","demo.user@example.com","","Non","27/03/2026","10:00:00","27/03/2026","10:20:00","00:20:00","0.33","85.00","28.33","27/03/2026"';
    const r = parseTimeCsv(`${header}\n${line}\n`);
    expect(r.errors).toEqual([]);
    expect(essentials(r.rows)).toEqual([['2026-03-27', 20, 'Acme GmbH', 'Website Relaunch']]);
    expect(r.rows.map((x) => [x.note, x.billable])).toEqual([['Content Review', false]]);
  });

  it('finds the columns whatever their case, accents, spacing or a BOM', () => {
    const header = ['\uFEFFPROYECTO', ' cliente ', 'Descripcion', 'FECHA DE INICIO', 'duracion(h)', 'Duración  (decimal)'];
    const match = matchHeader('clockify', header);
    expect(match?.language).toBe('es');
    expect(match?.columns).toMatchObject({ project: 0, client: 1, note: 2, date: 3, duration: 4, durationDecimal: 5 });
    const r = parseTimeCsv(`${header.join(';')}\nCatálogo;Librería Olé;Maqueta;15/01/2024;01:15:00;1,25\n`);
    expect(essentials(r.rows)).toEqual([['2024-01-15', 75, 'Librería Olé', 'Catálogo']]);
  });
});

describe('the header tables', () => {
  it('recognise every language of every tracker as that tracker, with each field in its place', () => {
    for (const [format, languages] of Object.entries(TRACKER_HEADERS) as [TrackerFormat, (typeof TRACKER_HEADERS)[TrackerFormat]][]) {
      for (const [language, names] of Object.entries(languages)) {
        const fields = Object.keys(names) as (keyof typeof names)[];
        const header = fields.map((f) => names[f]?.[0] ?? '');
        const r = parseTimeCsv(`${header.map((h) => `"${h}"`).join(',')}\n`);
        expect([language, r.format]).toEqual([language, format]);
        const match = matchHeader(format, header);
        expect(match?.language).toBe(language);
        fields.forEach((f, i) => expect([language, f, match?.columns[f]]).toEqual([language, f, i]));
      }
    }
  });
});

describe('Toggl Track exports', () => {
  it('reads "Export Time Entries" with "18:25 min", "1 h 30 min" and "-" for no client or project', () => {
    const r = parseFixture('toggl-time-entries.csv');
    expect(r.format).toBe('toggl');
    expect(r.errors).toEqual([]);
    expect(essentials(r.rows)).toEqual([
      // 18 minutes 25 seconds, from 19:21:21 to 19:39:46.
      ['2026-08-21', 18, 'Customer Name', 'Project Name'],
      ['2026-08-24', 90, 'Customer Name', 'Project Name'],
      ['2026-08-24', 45, '', 'Portfolio'],
      ['2026-08-25', 20, 'Customer Name', ''],
    ]);
    expect(r.rows.map((x) => x.billable)).toEqual([false, true, false, true]);
    expect(r.skipped).toEqual({ shortEntries: 1 });
  });

  it('reads the newer detailed report (Member, Stop date, "-" for no project)', () => {
    const r = parseFixture('toggl-detailed-new.csv');
    expect(r.format).toBe('toggl');
    expect(r.errors).toEqual([]);
    expect(essentials(r.rows)).toEqual([
      // 1:01:32 rounds to 62 minutes.
      ['2024-12-18', 62, '', ''],
      ['2026-07-14', 60, '', ''],
      ['2026-07-14', 30, '', ''],
    ]);
    expect(r.rows.map((x) => x.note)).toEqual(['NOVASEQ6000_241112#229_SP', 'Work', 'More work']);
  });

  it('lets start and end decide a duration saved as a time of day (02:00:00 AM)', () => {
    const r = parseFixture('toggl-ampm.csv');
    expect(r.errors).toEqual([]);
    expect(essentials(r.rows)).toEqual([
      ['2024-10-07', 120, 'Café Montaña', 'Packaging línea verano'],
      ['2024-10-07', 45, 'Café Montaña', 'Packaging línea verano'],
      // 23:30 to 01:15 the next day.
      ['2024-10-08', 105, 'Librería Olé', 'Catálogo otoño'],
      // No start or end: the time is read as the duration a spreadsheet showed as a time.
      ['2024-10-10', 90, 'Librería Olé', 'Catálogo otoño'],
    ]);
  });

  it('counts entries under a minute in one summary and still shows a run longer than a day', () => {
    const r = parseFixture('toggl-short-entries.csv');
    expect(essentials(r.rows)).toEqual([
      ['2024-11-04', 90, 'Panadería La Espiga', 'Identidad visual'],
      ['2024-11-04', 60, 'Panadería La Espiga', 'Identidad visual'],
      // Exactly one minute is an entry.
      ['2024-11-05', 1, 'Panadería La Espiga', 'Identidad visual'],
    ]);
    // 4 s, 59 s and 0 s.
    expect(r.skipped).toEqual({ shortEntries: 3 });
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[8, 'too-long-duration']]);
  });

  it('leaves "skipped" out when nothing was skipped', () => {
    expect(parseFixture('toggl-bom-amount.csv').skipped).toBeUndefined();
  });
});

describe('Harvest exports', () => {
  it('reads a real detailed time report row by row (Employee Id, decimal hours, empty notes written as "")', () => {
    const r = parseFixture('harvest-en-real.csv');
    expect(r.format).toBe('harvest');
    expect(r.errors).toEqual([]);
    expect(essentials(r.rows)).toEqual([
      // 0.94 h = 56.4 min.
      ['2023-01-23', 56, 'Client A', 'Company Establishment'],
      // 1.83 h = 109.8 min.
      ['2023-01-24', 110, 'Client A', 'Company Establishment'],
      ['2023-01-26', 302, 'Client A', 'Company Establishment'],
      ['2023-01-26', 18, 'Client A', 'Company Establishment'],
      // 0.02 h = 1.2 min: one minute, not a timer under a minute.
      ['2023-05-04', 1, 'Client A', 'Company Establishment'],
      ['2023-09-20', 22, 'Client A', 'Company Establishment'],
      ['2024-06-05', 34, 'Client A', 'Company Establishment'],
    ]);
    // An empty note ("" in the file): the task stands in; "Billable?" says Yes or No.
    expect(r.rows.map((x) => [x.note, x.billable])).toEqual([
      ['Documents from shareholders', true],
      ['Firm Internal', false],
      ['Foundation documents', true],
      ['Checklist on company incorporation', true],
      ['Document Review', true],
      ['Regarding the issue of inkind charter capital contribution', true],
      ['study of customs legislation', false],
    ]);
  });
});
