import { describe, expect, it } from 'vitest';
import {
  forgetMappings,
  headerLineKey,
  mappedColumnNames,
  rememberMapping,
  rememberedMappings,
  restoreMappings,
  type ColumnMapping,
} from '#shared/csv/mapping';

const base: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: -1, project: 2, note: -1, billable: 3, billableYes: ['Sí'], dateOrder: 'dmy', decimalMark: ',' };
const SHEET = ['Día', 'Horas', 'Proyecto', 'Cobrar', 'Comentario'];
const SOLID = ['Description', 'Task', 'Project', 'Client', 'User', 'Start', 'End', 'Duration', 'Duration (decimal)', 'Billable', 'Tags'];
const solid: ColumnMapping = { ...base, date: 5, start: 5, end: 6, duration: 7, client: 3, project: 2, note: 0, billable: 9, billableYes: ['Yes'], dateOrder: 'ymd', decimalMark: '.' };

describe('remembered mappings as Settings lists them', () => {
  it('names the mapped columns as the file wrote them, newest first, with the day last used', () => {
    let r = rememberMapping({}, headerLineKey(SHEET), { ...base, usedAt: '2026-11-02', columnNames: mappedColumnNames(SHEET, base) });
    r = rememberMapping(r, headerLineKey(SOLID), { ...solid, usedAt: '2026-12-01', columnNames: mappedColumnNames(SOLID, solid) });
    const list = rememberedMappings(r);
    expect(list.map((m) => m.usedAt)).toEqual(['2026-12-01', '2026-11-02']);
    expect(list[1]).toEqual({
      key: headerLineKey(SHEET),
      columns: [
        { field: 'date', name: 'Día' },
        { field: 'duration', name: 'Horas' },
        { field: 'project', name: 'Proyecto' },
        { field: 'billable', name: 'Cobrar' },
      ],
      width: 5,
      usedAt: '2026-11-02',
    });
    // Start is also the date column there: named once, as the date.
    expect(list[0]!.columns.map((c) => `${c.field}:${c.name}`)).toEqual(['date:Start', 'duration:Duration', 'end:End', 'client:Client', 'project:Project', 'note:Description', 'billable:Billable']);
  });

  it('names an older mapping (no names, no day) from its header key, and says no day', () => {
    const [m] = rememberedMappings({ [headerLineKey(SHEET)]: base });
    expect(m!.columns.map((c) => c.name)).toEqual(['dia', 'horas', 'proyecto', 'cobrar']);
    expect(m!.usedAt).toBeUndefined();
  });

  it('is empty when nothing is remembered', () => {
    expect(rememberedMappings(undefined)).toEqual([]);
    expect(rememberedMappings({})).toEqual([]);
  });

  it('cuts a very long column name to the model’s limit', () => {
    const long = 'x'.repeat(500);
    expect(mappedColumnNames([long, 'h', 'p'], { ...base, billable: -1 }).date).toHaveLength(200);
  });
});

describe('forgetting and undoing', () => {
  const all = { a: base, b: solid, c: { ...base, note: 4 } };

  it('forgets the chosen keys and keeps the rest in order', () => {
    expect(Object.keys(forgetMappings(all, ['b']))).toEqual(['a', 'c']);
    expect(forgetMappings(all, ['a', 'b', 'c'])).toEqual({});
    expect(forgetMappings(undefined, ['a'])).toEqual({});
  });

  it('undo puts a forgotten mapping back in its place', () => {
    const after = forgetMappings(all, ['b']);
    expect(restoreMappings(after, { b: solid }, Object.keys(all))).toEqual(all);
    expect(Object.keys(restoreMappings(after, { b: solid }, Object.keys(all)))).toEqual(['a', 'b', 'c']);
  });

  it('undo keeps what changed since: a mapping remembered meanwhile stays, one forgotten by another step stays forgotten', () => {
    const order = Object.keys(all);
    let now = forgetMappings(all, ['a']);
    now = forgetMappings(now, ['c']);
    now = rememberMapping(now, 'd', base);
    expect(Object.keys(restoreMappings(now, { a: base }, order))).toEqual(['a', 'b', 'd']);
  });

  it('undo of "forget all" brings every one back', () => {
    expect(restoreMappings({}, all, Object.keys(all))).toEqual(all);
  });
});
