/** The timer: start (switching project logs the running one), stop, discard; a forgotten run asks when it ended. */
import type { TimeEntry, Timer } from '#shared/model';
import type { NeedsEnd } from '#shared/ipc/contract';
import { monthOf } from '#shared/dates';
import { isLongRun, splitRun } from '#shared/timerRun';
import type { State } from '../state';
import { refuse } from '../errors';
import { TIME_DIR } from '../files';
import type { SomeHandlers } from './types';

/** An end a little ahead of the backend's clock is the renderer's clock, not the future. */
const CLOCK_SKEW_MS = 60_000;

/** How long the running timer has run, when it is past `longTimerHours` (else undefined). */
function forgotten(st: State): NeedsEnd | undefined {
  const { timer } = st;
  if (!timer) return undefined;
  const start = new Date(timer.startedAt).getTime();
  const at = st.now().getTime();
  if (!isLongRun(start, at, st.settings.longTimerHours)) return undefined;
  return { startedAt: timer.startedAt, runningMinutes: Math.floor((at - start) / 60_000) };
}

/**
 * Stops the running timer, logging its run from the start to `endAt` (default now), and
 * puts `next` in its place: the entries and timer.json are written all or none. A run
 * longer than 24 h, or any run with `byDay`, becomes one entry per local day.
 */
function switchTimer(st: State, next: Timer | null, endAt?: string, byDay = false): TimeEntry[] {
  const { shards, now } = st;
  if (!st.timer) {
    st.write('timer', { timer: next });
    st.timer = next;
    return [];
  }
  const running = st.timer;
  const startMs = new Date(running.startedAt).getTime();
  const endMs = endAt ? new Date(endAt).getTime() : now().getTime();
  if (endAt) {
    if (endMs <= startMs) {
      throw refuse('timer-end-before-start', { startedAt: running.startedAt }, `endAt: the end must be after the timer started (${running.startedAt}).`);
    }
    if (endMs > now().getTime() + CLOCK_SKEW_MS) throw refuse('timer-end-in-future', {}, 'endAt: the end cannot be in the future.');
  }
  const parts = st.items.projects.has(running.projectId) ? splitRun(startMs, Math.min(endMs, Math.max(startMs, now().getTime())), byDay) : [];
  // From the timer, not random: if the app dies after the entries are saved and before
  // the timer is, stopping again replaces these entries instead of adding more.
  const entries: TimeEntry[] = parts.map((part, i) => ({
    id: i === 0 ? `timer-${running.startedAt}` : `timer-${running.startedAt}-${i + 1}`,
    projectId: running.projectId,
    date: part.date,
    minutes: part.minutes,
    billable: running.billable,
    ...(running.note ? { note: running.note } : {}),
  }));
  const ids = new Set(entries.map((e) => e.id));
  // Read here, not above: starting the first timer after a start has no need to build it.
  const monthOfEntry = st.monthOfEntry;
  const nextShards = new Map<string, TimeEntry[]>();
  const monthList = (month: string) => {
    let list = nextShards.get(month);
    if (!list) nextShards.set(month, (list = (shards.get(month) ?? []).filter((e) => !ids.has(e.id))));
    return list;
  };
  for (const id of ids) {
    const old = monthOfEntry.get(id);
    if (old) monthList(old);
  }
  for (const e of entries) monthList(monthOf(e.date)).push(e);
  const months = [...nextShards.keys()].sort();
  st.writeFilesOrNone([...months.map((m): [string, Record<string, unknown>] => [`${TIME_DIR}/${m}`, { month: m, items: nextShards.get(m)! }]), ['timer', { timer: next }]]);
  for (const m of months) shards.set(m, nextShards.get(m)!);
  for (const id of ids) monthOfEntry.delete(id);
  for (const e of entries) monthOfEntry.set(e.id, monthOf(e.date));
  if (entries.length > 0 || months.length > 0) st.touch('time');
  st.timer = next;
  return entries;
}

/** getTimer, startTimer, stopTimer, discardTimer. */
export function timerHandlers(st: State) {
  return {
    getTimer: () => st.timer,
    startTimer: ({ projectId, note, billable }) => {
      st.requireRef('projects', projectId, 'project');
      // Switching project stops the running timer: a forgotten one is not logged as it is.
      const needsEnd = forgotten(st);
      if (needsEnd) return { timer: null, stopped: null, logged: [], needsEnd };
      const next: Timer = { projectId, startedAt: st.now().toISOString(), billable: billable ?? true, ...(note ? { note } : {}) };
      const logged = switchTimer(st, next);
      return { timer: next, stopped: logged[0] ?? null, logged };
    },
    stopTimer: (input) => {
      const needsEnd = input?.endAt ? undefined : forgotten(st);
      if (needsEnd) return { entry: null, entries: [], needsEnd };
      const entries = switchTimer(st, null, input?.endAt, input?.splitByDay ?? false);
      return { entry: entries[0] ?? null, entries };
    },
    discardTimer: () => {
      st.write('timer', { timer: null });
      st.timer = null;
      return null;
    },
  } satisfies SomeHandlers;
}
