import { beforeEach, describe, expect, it } from 'vitest';
import type { TimeEntry } from '#shared/model';
import { EMPTY_DATASET } from '#shared/model';
import { useApp } from '../../../renderer/src/store';
import { deleteEntry, setCellTotal } from '../../../renderer/src/store/timeEdits';
import { fakeApi } from './support';

const initial = useApp.getState();
beforeEach(() => {
  useApp.setState(initial, true);
});

const entry = (id: string, minutes: number, date = '2026-12-01'): TimeEntry => ({ id, projectId: 'p1', date, minutes, billable: true });
const ids = () => useApp.getState().data.timeEntries.map((e) => e.id);

describe('the time slice', () => {
  it('logs an entry once, even when a repeated request is answered with the same entry', async () => {
    const logged = entry('e1', 90);
    const calls = fakeApi({ logTime: () => logged });
    await useApp.getState().logTime({ projectId: 'p1', date: '2026-12-01', minutes: 90, billable: true, requestId: 'r' });
    await useApp.getState().logTime({ projectId: 'p1', date: '2026-12-01', minutes: 90, billable: true, requestId: 'r' });
    expect(useApp.getState().data.timeEntries).toEqual([logged]);
    expect(calls).toHaveLength(2);
  });

  it('a deleted entry comes back in its place on undo', async () => {
    const list = [entry('a', 30), entry('b', 60), entry('c', 90)];
    useApp.setState({ data: { ...EMPTY_DATASET, timeEntries: list } });
    const calls = fakeApi({ deleteTimeEntry: ({ id }) => list.find((e) => e.id === id)!, restoreTimeEntry: ({ beforeId: _b, ...e }) => e });
    const { undo } = await deleteEntry('b');
    expect(ids()).toEqual(['a', 'c']);
    await undo();
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(calls.map((c) => c.channel)).toEqual(['deleteTimeEntry', 'restoreTimeEntry']);
    expect(calls[1]!.payload).toEqual({ ...list[1], beforeId: 'c' });
  });

  it("a week cell's new total adds one entry, and its undo takes it away", async () => {
    useApp.setState({ data: { ...EMPTY_DATASET, timeEntries: [entry('a', 30)] } });
    fakeApi({ logTime: (p) => ({ ...entry('n', p.minutes), date: p.date }), deleteTimeEntry: () => entry('n', 60) });
    const { changed, undo } = await setCellTotal('p1', '2026-12-01', 90);
    expect(changed).toBe(true);
    expect(useApp.getState().data.timeEntries.map((e) => e.minutes)).toEqual([30, 60]);
    await undo();
    expect(ids()).toEqual(['a']);
  });
});
