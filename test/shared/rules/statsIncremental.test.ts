import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  appendTimeEntries,
  clientStats,
  indexDataset,
  removeTimeEntry,
  replaceTimeEntry,
  type DatasetIndex,
} from '#shared/rules';
import type { Dataset, TimeEntry } from '#shared/model';
import { timeEntryArb } from '../../support/arbitraries';
import { client, dataset, project } from '../../support/builders';

const TODAY = '2025-03-03';
const PROJECTS = ['p0', 'p1', 'p2', 'p3', 'p4'];
const base = (timeEntries: TimeEntry[]): Dataset =>
  dataset({
    clients: [client('a'), client('b')],
    projects: PROJECTS.map((id, i) => project(id, i % 2 ? 'b' : 'a', { status: i === 4 ? 'in-progress' : 'closed', estimatedHours: 10 })),
    timeEntries,
  });

/** The totals of an index as plain sorted pairs, to compare two indexes whatever their insertion order. */
const totals = (ix: DatasetIndex) => ({
  minutes: [...ix.minutesByProject].sort(),
  billable: [...ix.billableMinutesByProject].sort(),
  last: [...ix.lastEntryByProject].sort(),
  months: [...ix.minutesByMonth].sort(),
  days: [...ix.entriesByDay].map(([day, entries]) => [day, entries.map((e) => `${e.id}:${e.projectId}:${e.minutes}`).sort()] as const).sort(),
  samples: ix.sampleEntries,
});

const entryArb = (id: string) => timeEntryArb(id, PROJECTS);

/** A change the store makes: log (one or a few entries), edit one (any field), delete one, or put one back (the same object). */
type Op =
  | { kind: 'append'; entries: TimeEntry[] }
  | { kind: 'again'; pick: number }
  | { kind: 'update'; pick: number; changes: Omit<TimeEntry, 'id'> }
  | { kind: 'delete'; pick: number };

const opArb = (n: number): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.array(entryArb(`new-${n}`), { minLength: 1, maxLength: 3 }).map((entries) => ({
      kind: 'append' as const,
      entries: entries.map((e, i) => ({ ...e, id: `${e.id}-${i}` })),
    })),
    fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), changes: entryArb('x').map(({ id: _id, ...rest }) => rest) }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('again' as const), pick: fc.nat() }),
  );

const scenarioArb = fc.record({
  initial: fc.array(fc.nat(), { maxLength: 30 }).chain((xs) => fc.tuple(...xs.map((_, i) => entryArb(`t${i}`)))),
  ops: fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => opArb(i)))),
  /** Whether the index is read after each change (else only at the end: the derivation then falls back to a full build). */
  readEach: fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
});

function apply(list: TimeEntry[], op: Op): TimeEntry[] {
  if (op.kind === 'append') return appendTimeEntries(list, ...op.entries);
  if (list.length === 0) return list;
  const target = list[op.pick % list.length]!;
  if (op.kind === 'again') return appendTimeEntries(list, target);
  if (op.kind === 'update') return replaceTimeEntry(list, { id: target.id, ...op.changes });
  return removeTimeEntry(list, target.id);
}

describe('the dataset index, kept up to date incrementally', () => {
  it('equals a full recompute after any sequence of appends, updates and deletes', () => {
    fc.assert(
      fc.property(scenarioArb, ({ initial, ops, readEach }) => {
        let list: TimeEntry[] = [...initial];
        const seen: { list: TimeEntry[]; data: Dataset; snapshot: ReturnType<typeof totals> }[] = [];
        let data = base(list);
        indexDataset(data);
        ops.forEach((op, i) => {
          list = apply(list, op);
          data = { ...data, timeEntries: list };
          if (readEach[i]) {
            const ix = indexDataset(data);
            const full = indexDataset({ ...data, timeEntries: [...list] });
            expect(totals(ix)).toEqual(totals(full));
            seen.push({ list, data, snapshot: totals(ix) });
          }
        });
        const ix = indexDataset(data);
        expect(totals(ix)).toEqual(totals(indexDataset({ ...data, timeEntries: [...list] })));
        // Pure: deriving a newer index never changed an older one.
        for (const s of seen) expect(totals(indexDataset(s.data))).toEqual(s.snapshot);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same client numbers as a dataset built from scratch', () => {
    const first: TimeEntry[] = [
      { id: 'e1', projectId: 'p0', date: '2025-02-01', minutes: 120, billable: true },
      { id: 'e2', projectId: 'p1', date: '2025-02-03', minutes: 60, billable: false },
    ];
    let data = base(first);
    expect(clientStats('a', data, TODAY).hours).toBe(2);
    data = { ...data, timeEntries: appendTimeEntries(data.timeEntries, { id: 'e3', projectId: 'p2', date: '2025-02-04', minutes: 90, billable: true }) };
    data = { ...data, timeEntries: replaceTimeEntry(data.timeEntries, { ...first[0]!, minutes: 30 }) };
    data = { ...data, timeEntries: removeTimeEntry(data.timeEntries, 'e2') };
    const scratch = { ...data, timeEntries: data.timeEntries.map((e) => ({ ...e })) };
    for (const id of ['a', 'b']) expect(clientStats(id, data, TODAY)).toEqual(clientStats(id, scratch, TODAY));
    expect(clientStats('a', data, TODAY).hours).toBe(2);
    expect(clientStats('b', data, TODAY).hours).toBe(0);
    // The last project entry gone: the project has no hours and no latest date at all.
    expect(indexDataset(data).lastEntryByProject.has('p1')).toBe(false);
    expect(indexDataset(data).lastEntryByProject.get('p0')).toBe('2025-02-01');
    data = { ...data, timeEntries: appendTimeEntries(data.timeEntries, { id: 'e4', projectId: 'p0', date: '2025-01-20', minutes: 30, billable: true }) };
    expect(indexDataset(data).lastEntryByProject.get('p0')).toBe('2025-02-01');
    data = { ...data, timeEntries: appendTimeEntries(data.timeEntries, { id: 'e5', projectId: 'p0', date: '2025-02-20', minutes: 30, billable: false }) };
    expect(indexDataset(data).lastEntryByProject.get('p0')).toBe('2025-02-20');
    expect([...indexDataset(data).minutesByMonth].sort()).toEqual([
      ['2025-01', 30],
      ['2025-02', 30 + 90 + 30],
    ]);
  });

  it('keeps the helpers to what the store did before: append, replace in place (or append), filter out', () => {
    const a: TimeEntry = { id: 'a', projectId: 'p0', date: '2025-02-01', minutes: 10, billable: true };
    const b: TimeEntry = { id: 'b', projectId: 'p1', date: '2025-02-02', minutes: 20, billable: true };
    const list = [a, b];
    expect(appendTimeEntries(list, { ...a, id: 'c' }).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(replaceTimeEntry(list, { ...a, minutes: 99 })).toEqual([{ ...a, minutes: 99 }, b]);
    expect(replaceTimeEntry(list, { ...a, id: 'z' }).map((e) => e.id)).toEqual(['a', 'b', 'z']);
    expect(removeTimeEntry(list, 'a')).toEqual([b]);
    expect(list).toEqual([a, b]);
  });

  it('derives the index after one more entry from the previous one: the days it did not touch are the same lists', () => {
    // (How long that takes at 100,000 entries is measured by `npm run bench`, not here.)
    const many: TimeEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `t${i}`,
      projectId: `q${i % 300}`,
      date: `2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
      minutes: 60,
      billable: i % 7 !== 0,
    }));
    const data: Dataset = { ...base([]), timeEntries: many };
    const before = indexDataset(data);
    const next = { ...data, timeEntries: appendTimeEntries(many, { id: 'new', projectId: 'q5', date: '2025-02-03', minutes: 30, billable: true }) };
    const ix = indexDataset(next);
    expect(ix.minutesByProject.get('q5')).toBe(many.filter((e) => e.projectId === 'q5').length * 60 + 30);
    // Derived, not rebuilt: untouched days keep their lists, the touched one is new and the old one unchanged.
    expect(ix.entriesByDay.get('2025-02-01')).toBe(before.entriesByDay.get('2025-02-01'));
    expect(ix.entriesByDay.get('2025-02-03')).not.toBe(before.entriesByDay.get('2025-02-03'));
    expect(ix.entriesByDay.get('2025-02-03')!.length).toBe(before.entriesByDay.get('2025-02-03')!.length + 1);
    // A dataset that is not derived from another (a fresh array) is built whole: no list is shared.
    const rebuilt = indexDataset({ ...next, timeEntries: [...next.timeEntries] });
    expect(rebuilt.entriesByDay.get('2025-02-01')).not.toBe(before.entriesByDay.get('2025-02-01'));
    expect(rebuilt.entriesByDay.get('2025-02-01')).toEqual(before.entriesByDay.get('2025-02-01'));
  });
});
