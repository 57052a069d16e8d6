import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseTimeCsv, type ImportRow, type ParseTimeCsvResult } from '#shared/csv';
import {
  completeMapping,
  guessDateOrder,
  guessMapping,
  headerLineKey,
  mappingProblems,
  readMappedRecord,
  recalledMapping,
  rememberMapping,
  type ColumnMapping,
  type MappingDraft,
} from '#shared/csv/mapping';
import { DEFAULT_SETTINGS, MAX_IMPORT_MAPPINGS, Settings } from '#shared/model';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);
const text = (name: string): string => readFileSync(new URL(name, FIXTURES)).toString('utf8');

/** The file as the step sees it, then its mapping as guessed (complete) and the full read by it. */
function throughStep(name: string): { unknown: ParseTimeCsvResult; draft: MappingDraft; mapping: ColumnMapping; result: ParseTimeCsvResult } {
  const unknown = parseTimeCsv(text(name));
  const columns = unknown.columns ?? [];
  const draft = guessMapping(columns, (unknown.sampleRows ?? []).map((r) => r.cells));
  const mapping = completeMapping(draft);
  if (!mapping) throw new Error(`${name}: the guess is incomplete: ${mappingProblems(draft).join(', ')}`);
  return { unknown, draft, mapping, result: parseTimeCsv(text(name), { mapping }) };
}

const pick = (rows: ImportRow[]) => rows.map((r) => [r.date, r.minutes, r.client, r.project]);

describe('an unknown CSV comes back with its columns and first rows', () => {
  it('keeps the result shape: unknown, no rows, one error, plus columns and sample rows with their lines', () => {
    const r = parseTimeCsv(text('kimai-en.csv'));
    expect(r.format).toBe('unknown');
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.code).toBe('unknown-format');
    expect(r.columns?.slice(0, 4)).toEqual(['Date', 'From', 'To', 'Duration']);
    expect(r.sampleRows).toHaveLength(6);
    expect(r.sampleRows?.[0]?.line).toBe(2);
    expect(r.sampleRows?.[5]?.cells[16]).toBe('Late fixes "v2"');
  });

  it('gives no columns for an empty file', () => {
    expect(parseTimeCsv('').columns).toBeUndefined();
  });
});

describe('guessMapping', () => {
  it('maps Kimai in English by its names: date, duration h:mm, customer, project, description, billable 1', () => {
    const { draft } = throughStep('kimai-en.csv');
    expect(draft).toMatchObject({ date: 0, start: 1, end: 2, duration: 3, client: 13, project: 14, note: 16, billable: 17, durationUnit: 'hours' });
    expect(draft.billableYes).toEqual(['1']);
    expect(draft.dateOrder).toBe('ymd');
  });

  it('maps Kimai in German (Datum, Dauer, Kunde, Projekt, Beschreibung, Abrechenbar)', () => {
    const { draft } = throughStep('kimai-de-decimal.csv');
    expect(draft).toMatchObject({ date: 0, start: 1, end: 2, duration: 3, client: 13, project: 14, note: 16, billable: 17, decimalMark: '.' });
  });

  it('maps solidtime: the Start date-time dates the rows, Duration over Duration (decimal), Yes means billable', () => {
    const { draft, mapping } = throughStep('solidtime.csv');
    expect(draft).toMatchObject({ date: 5, start: 5, end: 6, duration: 7, client: 3, project: 2, note: 0, billable: 9 });
    expect(draft.billableYes).toEqual(['Yes']);
    expect(mapping.date).toBe(5);
  });

  it('maps a Spanish spreadsheet: Fecha, Horas with a decimal comma, day first since the 13th exists', () => {
    const { draft } = throughStep('hoja-es.csv');
    expect(draft).toMatchObject({ date: 0, duration: 1, client: 2, project: 3, note: 4, billable: -1, decimalMark: ',', dateOrder: 'dmy' });
  });

  it('reads names in French, Portuguese, Italian and Dutch, with any case, accents and spacing', () => {
    const cases: [string[], Partial<MappingDraft>][] = [
      [['Date', 'Durée', 'Client', 'Projet', 'Commentaire'], { date: 0, duration: 1, client: 2, project: 3, note: 4 }],
      [['Data', 'Duração', 'Cliente', 'Projeto', 'Descrição'], { date: 0, duration: 1, client: 2, project: 3, note: 4 }],
      [['Giorno', 'Ore', 'Cliente', 'Progetto', 'Descrizione'], { date: 0, duration: 1, client: 2, project: 3, note: 4 }],
      [['Datum', 'Uren', 'Klant', 'Project', 'Omschrijving'], { date: 0, duration: 1, client: 2, project: 3, note: 4 }],
      [['  FECHA ', 'DURACIÓN (h)', 'cliente', 'PROYECTO', 'descripcion'], { date: 0, duration: 1, client: 2, project: 3, note: 4 }],
      [['Fecha', 'Hora de inicio', 'Hora de fin', 'Proyecto'], { date: 0, start: 1, end: 2, duration: -1, project: 3, client: -1 }],
      [['Tag', 'Minuten', 'Kunde'], { duration: 1, durationUnit: 'minutes', client: 2 }],
    ];
    for (const [header, expected] of cases) {
      expect(guessMapping(header, [header.map(() => '')]), header.join(',')).toMatchObject(expected);
    }
  });

  it('finds the date and duration by the shape of their values when the names say nothing', () => {
    const draft = guessMapping(['Cuando', 'Cuánto', 'Quién'], [
      ['2024-05-02', '1:30', 'Ana'],
      ['2024-05-03', '0:45', 'Ana'],
    ]);
    expect(draft).toMatchObject({ date: 0, duration: 1, dateOrder: 'ymd' });
    // Neither a project nor a client by name: the step asks.
    expect(mappingProblems(draft)).toEqual(['need-project']);
  });

  it('asks for the date order when every date could be either', () => {
    expect(guessDateOrder(['03/04/2024', '05/06/2024'])).toBeNull();
    expect(guessDateOrder(['03/04/2024', '13/06/2024'])).toBe('dmy');
    expect(guessDateOrder(['03/04/2024', '06/13/2024'])).toBe('mdy');
    expect(guessDateOrder(['03.04.2024'])).toBe('dmy');
    expect(guessDateOrder(['2024-03-04 09:00:00'])).toBe('ymd');
    const draft = guessMapping(['Date', 'Hours', 'Project'], [['03/04/2024', '1', 'A']]);
    expect(mappingProblems(draft)).toEqual(['need-date-order']);
    expect(completeMapping(draft)).toBeNull();
  });

  it('says what is missing: a date, a duration or start and end, a project or client', () => {
    const none: MappingDraft = { date: -1, duration: -1, durationUnit: 'hours', start: -1, end: -1, client: -1, project: -1, note: -1, billable: -1, billableYes: [], dateOrder: 'ymd', decimalMark: '.' };
    expect(mappingProblems(none)).toEqual(['need-date', 'need-duration', 'need-project']);
    expect(mappingProblems({ ...none, date: 0, start: 1, client: 2 })).toEqual(['need-duration']);
    expect(mappingProblems({ ...none, date: 0, start: 1, end: 2, client: 3 })).toEqual([]);
  });
});

describe('reading every fixture by its mapping (date, minutes, client, project per row)', () => {
  it('Kimai in English: h:mm durations, a run past midnight, empty billable means no', () => {
    const { result } = throughStep('kimai-en.csv');
    expect(result.format).toBe('mapped');
    expect(result.errors).toEqual([]);
    expect(pick(result.rows)).toEqual([
      ['2024-03-04', 150, 'Panadería La Espiga', 'Identidad visual'],
      ['2024-03-04', 75, 'Café Montaña', 'Packaging edición limitada'],
      ['2024-03-05', 210, 'Panadería La Espiga', 'Identidad visual'],
      ['2024-03-05', 30, 'Café Montaña', 'Packaging edición limitada'],
      ['2024-03-06', 150, 'Bloom Skincare Ltd', 'Label refresh'],
      ['2024-03-06', 105, 'Bloom Skincare Ltd', 'Label refresh'],
    ]);
    expect(result.rows.map((r) => r.billable)).toEqual([true, true, true, false, true, true]);
    expect(result.rows[0]?.note).toBe('Bocetos de logotipo, tres rutas');
    expect(result.rows[5]?.note).toBe('Late fixes "v2"');
  });

  it('Kimai in German with decimal hours', () => {
    const { result } = throughStep('kimai-de-decimal.csv');
    expect(result.errors).toEqual([]);
    expect(pick(result.rows)).toEqual([
      ['2024-02-12', 90, 'Atelier Brandt', 'Corporate Design'],
      ['2024-02-12', 45, 'Atelier Brandt', 'Corporate Design'],
      ['2024-02-13', 195, 'Weingut Keller', 'Etiketten 2024'],
      ['2024-02-13', 20, 'Weingut Keller', 'Etiketten 2024'],
    ]);
    expect(result.rows[3]?.billable).toBe(false);
  });

  it('solidtime: dated by Start, the row without client stays empty (the internal client), No is not billable', () => {
    const { result } = throughStep('solidtime.csv');
    expect(result.errors).toEqual([]);
    expect(pick(result.rows)).toEqual([
      ['2024-03-07', 90, 'Panadería La Espiga', 'Identidad visual'],
      ['2024-03-07', 140, 'Café Montaña', 'Catálogo primavera'],
      ['2024-03-07', 65, '', 'Portfolio'],
      ['2024-03-08', 75, 'Bloom Skincare Ltd', 'Label refresh'],
    ]);
    expect(result.rows.map((r) => r.billable)).toEqual([true, true, false, true]);
  });

  it('solidtime read by Start and End instead of Duration gives the same minutes, across midnight too', () => {
    const { mapping } = throughStep('solidtime.csv');
    const r = parseTimeCsv(text('solidtime.csv'), { mapping: { ...mapping, duration: -1 } });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.minutes)).toEqual([90, 140, 65, 75]);
  });

  it('the Spanish spreadsheet: semicolons, decimal comma, dd/mm/yyyy, a quoted semicolon', () => {
    const { result } = throughStep('hoja-es.csv');
    expect(result.errors).toEqual([]);
    expect(pick(result.rows)).toEqual([
      ['2024-03-04', 150, 'Panadería La Espiga', 'Identidad visual'],
      ['2024-03-05', 75, 'Café Montaña', 'Packaging edición limitada'],
      ['2024-03-13', 45, '', 'Administración'],
      ['2024-03-14', 180, 'Estudio Núñez & Asociados', 'Web corporativa'],
    ]);
    expect(result.rows[3]?.note).toBe('Maquetación; página de inicio');
  });

  it('a wrong choice shows in the rows: a decimal point read with a decimal comma, a date order that does not fit', () => {
    const { mapping } = throughStep('hoja-es.csv');
    const mdy = parseTimeCsv(text('hoja-es.csv'), { mapping: { ...mapping, dateOrder: 'mdy' } });
    expect(mdy.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'bad-date'],
      [5, 'bad-date'],
    ]);
    const { mapping: kimai } = throughStep('kimai-de-decimal.csv');
    const comma = parseTimeCsv(text('kimai-de-decimal.csv'), { mapping: { ...kimai, decimalMark: ',' } });
    expect(comma.rows).toEqual([]);
    expect(comma.errors.every((e) => e.code === 'bad-duration')).toBe(true);
  });
});

describe('readMappedRecord', () => {
  const base: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: 2, project: 3, note: -1, billable: -1, billableYes: [], dateOrder: 'dmy', decimalMark: ',' };
  const read = (cells: string[], m: Partial<ColumnMapping> = {}) => readMappedRecord({ line: 7, cells }, { ...base, ...m });

  it('reads the duration styles spreadsheets write', () => {
    const minutes = (d: string, m: Partial<ColumnMapping> = {}) => {
      const r = read(['01/02/2024', d, 'C', 'P'], m);
      return r.ok ? r.row.minutes : r.errors[0]?.code;
    };
    expect(minutes('1,5')).toBe(90);
    expect(minutes('1,5 h')).toBe(90);
    expect(minutes('1:30')).toBe(90);
    expect(minutes('1:30:30')).toBe(91);
    expect(minutes('1 h 30 min')).toBe(90);
    expect(minutes('90 min')).toBe(90);
    expect(minutes('90', { durationUnit: 'minutes' })).toBe(90);
    expect(minutes('1.5', { decimalMark: '.' })).toBe(90);
    expect(minutes('1.5')).toBe('bad-duration');
    expect(minutes('0')).toBe('zero-duration');
    expect(minutes('25')).toBe('too-long-duration');
    expect(minutes('')).toBe('missing-duration');
  });

  it('reads start and end as times on the date, with AM/PM, and says which one is wrong', () => {
    const m = { duration: -1, start: 4, end: 5 };
    const r = read(['01/02/2024', '', 'C', 'P', '9:15 AM', '1:45 PM'], m);
    expect(r.ok && r.row.minutes).toBe(270);
    const bad = read(['01/02/2024', '', 'C', 'P', '9:15', 'luego'], m);
    expect(!bad.ok && bad.errors[0]?.message).toContain('"luego"');
    const backwards = read(['01/02/2024', '', 'C', 'P', '2024-02-01 10:00', '2024-02-01 09:00'], m);
    expect(!backwards.ok && backwards.errors[0]?.code).toBe('end-before-start');
  });

  it('turns "-" into no client or project, and counts only the chosen values as billable', () => {
    const r = read(['01/02/2024', '1', '-', 'P', 'Sí'], { billable: 4, billableYes: ['sí'] });
    expect(r.ok && r.row).toMatchObject({ client: '', billable: true });
    const no = read(['01/02/2024', '1', 'C', 'P', 'No'], { billable: 4, billableYes: ['Sí'] });
    expect(no.ok && no.row.billable).toBe(false);
  });

  it('never throws on any cells (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), fc.constantFrom<ColumnMapping['dateOrder']>('dmy', 'mdy', 'ymd'), (cells, dateOrder) => {
        const r = read(cells, { dateOrder, start: 4, end: 5, billable: 6, billableYes: ['x'] });
        if (r.ok) {
          expect(r.row.minutes).toBeGreaterThan(0);
          expect(r.row.minutes).toBeLessThanOrEqual(1440);
          expect(r.row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('remembered mappings', () => {
  const { mapping } = throughStep('kimai-en.csv');
  const columns = parseTimeCsv(text('kimai-en.csv')).columns ?? [];

  it('keys a header line without case, accents or spacing', () => {
    expect(headerLineKey(['Fecha ', 'Duración'])).toBe(headerLineKey(['fecha', 'DURACION']));
    expect(headerLineKey(['Fecha', 'Horas'])).not.toBe(headerLineKey(['Horas', 'Fecha']));
  });

  it('recalls the mapping for the same header, and not for another one or one with fewer columns', () => {
    const saved = rememberMapping({}, headerLineKey(columns), mapping);
    expect(recalledMapping(saved, columns)).toEqual(mapping);
    expect(recalledMapping(saved, columns.map((c) => c.toUpperCase()))).toEqual(mapping);
    expect(recalledMapping(saved, ['Fecha', 'Horas'])).toBeNull();
    expect(recalledMapping({ [headerLineKey(['Date'])]: mapping }, ['Date'])).toBeNull();
  });

  it(`keeps the newest ${MAX_IMPORT_MAPPINGS}, and the settings schema accepts what it keeps`, () => {
    let saved: Record<string, ColumnMapping> = {};
    for (let i = 0; i < MAX_IMPORT_MAPPINGS + 5; i++) saved = rememberMapping(saved, `h${i}`, mapping);
    // Using an old one again makes it the newest.
    saved = rememberMapping(saved, 'h10', mapping);
    const keys = Object.keys(saved);
    expect(keys).toHaveLength(MAX_IMPORT_MAPPINGS);
    expect(keys.at(-1)).toBe('h10');
    expect(keys).not.toContain('h4');
    expect(keys[0]).toBe('h5');
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, importMappings: saved }).success).toBe(true);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, importMappings: { ...saved, extra: mapping } }).success).toBe(false);
  });
});

describe('a mapped file, like a tracker\'s', () => {
  const mapping: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: 2, project: 3, note: 4, billable: -1, billableYes: [], dateOrder: 'dmy', decimalMark: ',' };

  it('counts entries under a minute in one summary, not as problems, and reads "-" as empty', () => {
    const csv = 'Fecha;Horas;Cliente;Proyecto;Notas\n04/03/2024;2,5;Espiga;Logo;-\n05/03/2024;0;Espiga;Logo;Sin querer\n05/03/2024;0,01;Espiga;Logo;\n06/03/2024;-;Espiga;Logo;\n07/03/2024;1;–;Logo;\n';
    const r = parseTimeCsv(csv, { mapping });
    expect(r.skipped).toEqual({ shortEntries: 2 });
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[5, 'missing-duration']]);
    expect(r.rows).toEqual([
      { date: '2024-03-04', minutes: 150, client: 'Espiga', project: 'Logo', note: '', billable: true },
      { date: '2024-03-07', minutes: 60, client: '', project: 'Logo', note: '', billable: true },
    ]);
  });

  it('reports progress by share of the text', () => {
    const rows = Array.from({ length: 9000 }, (_, i) => `04/03/2024;1;C${i % 7};P;n`).join('\n');
    const shares: number[] = [];
    const r = parseTimeCsv(`Fecha;Horas;Cliente;Proyecto;Notas\n${rows}\n`, { mapping, onProgress: (s) => shares.push(s) });
    expect(r.rows).toHaveLength(9000);
    expect(shares.length).toBe(2);
    expect(shares[1]).toBeGreaterThan(shares[0]!);
  });
});
