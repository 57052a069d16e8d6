import { describe, expect, it } from 'vitest';
import { MAX_BILLABLE_CHOICES, billableChoices, guessMapping, readMappedRecord, setBillableYes, type ColumnMapping } from '#shared/csv/mapping';

const rows = (billable: string[]) => billable.map((b) => ['2024-03-04', '1', 'Acme', 'Web', b]);
const HEADER = ['Date', 'Hours', 'Client', 'Project', 'Billable'];

describe('the values a billable column offers to tick', () => {
  it('lists each distinct value once, in the order found, with the guessed yes values ticked', () => {
    const sample = rows(['Yes', 'No', 'x', 'yes', '', '-', 'SÍ', 'no', 'maybe']);
    const { billableYes } = guessMapping(HEADER, sample);
    expect(billableYes).toEqual(['Yes', 'x', 'SÍ']);
    expect(billableChoices(sample, 4, billableYes)).toEqual({
      choices: [
        { value: 'Yes', yes: true },
        { value: 'No', yes: false },
        { value: 'x', yes: true },
        { value: 'SÍ', yes: true },
        { value: 'maybe', yes: false },
      ],
      more: 0,
    });
  });

  it('keeps a remembered yes value the first lines do not hold, ticked, so it is never dropped unseen', () => {
    expect(billableChoices(rows(['No', 'No']), 4, ['Facturable'])).toEqual({
      choices: [
        { value: 'No', yes: false },
        { value: 'Facturable', yes: true },
      ],
      more: 0,
    });
  });

  it('reads an old remembered mapping with one yes value as before: that value ticked, every other one not', () => {
    const { choices } = billableChoices(rows(['Sí', 'No', '1']), 4, ['sí']);
    expect(choices).toEqual([
      { value: 'Sí', yes: true },
      { value: 'No', yes: false },
      { value: '1', yes: false },
    ]);
  });

  it('shows at most the model’s limit, ticked values first, and counts the rest', () => {
    const many = Array.from({ length: MAX_BILLABLE_CHOICES + 5 }, (_, i) => `v${i}`);
    const { choices, more } = billableChoices(rows(many), 4, ['v24']);
    expect(choices).toHaveLength(MAX_BILLABLE_CHOICES);
    expect(choices[0]).toEqual({ value: 'v24', yes: true });
    expect(more).toBe(5);
  });

  it('has nothing to offer without a column', () => {
    expect(billableChoices(rows(['Yes']), -1, [])).toEqual({ choices: [], more: 0 });
  });
});

describe('ticking and unticking a value', () => {
  it('adds a value once and removes every spelling of it', () => {
    expect(setBillableYes(['Yes'], 'x', true)).toEqual(['Yes', 'x']);
    expect(setBillableYes(['Yes', 'x'], 'X', true)).toEqual(['Yes', 'X']);
    expect(setBillableYes(['Yes', 'yes ', 'x'], 'YES', false)).toEqual(['x']);
    expect(setBillableYes([], 'Sí', false)).toEqual([]);
  });

  it('makes every ticked value billable when the rows are read, and any other one not', () => {
    const mapping: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: 2, project: 3, note: -1, billable: 4, billableYes: setBillableYes(['Yes'], 'x', true), dateOrder: 'ymd', decimalMark: '.' };
    const billable = ['Yes', 'x', 'X', 'No', '', '1'].map((b, i) => {
      const r = readMappedRecord({ line: i + 2, cells: ['2024-03-04', '1', 'Acme', 'Web', b] }, mapping);
      return r.ok && r.row.billable;
    });
    expect(billable).toEqual([true, true, true, false, false, false]);
  });
});
