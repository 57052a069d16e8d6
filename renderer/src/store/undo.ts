/**
 * The undo stack: each change the app offers to undo pushes its inverse here. The toast's
 * Undo button, Ctrl/Cmd+Z outside a field and Edit › Undo all take the same step, so a
 * change is undone once whichever way the person asks.
 */
import { create } from 'zustand';
import { i18n } from '../i18n';
import { attempt, useApp } from './index';

/** One undoable change: what the toast said, and how to put things back. */
export interface UndoStep {
  message: string;
  undo: () => Promise<unknown>;
}

interface UndoState {
  steps: UndoStep[];
}

/** The most steps kept: older ones are forgotten, as in any editor. */
const LIMIT = 50;

export const useUndo = create<UndoState>()(() => ({ steps: [] }));

/** The toast action that runs each step, so Ctrl+Z can dismiss the toast it undid. */
const runners = new WeakMap<UndoStep, () => void>();

function take(step: UndoStep): boolean {
  const { steps } = useUndo.getState();
  if (!steps.includes(step)) return false;
  useUndo.setState({ steps: steps.filter((s) => s !== step) });
  const runner = runners.get(step);
  const app = useApp.getState();
  for (const toast of app.toasts) if (toast.action?.run === runner) app.dismissToast(toast.id);
  return true;
}

async function run(step: UndoStep): Promise<boolean> {
  if (!take(step)) return false;
  const done = await attempt(async () => {
    await step.undo();
    return true;
  });
  if (done) useApp.getState().toast(i18n.t('undo.done'));
  return Boolean(done);
}

/** Shows `message` with an Undo button, and puts the step on the stack for Ctrl+Z. */
export function offerUndo(step: UndoStep, undoLabel: string): void {
  const runner = () => void run(step);
  runners.set(step, runner);
  useUndo.setState((s) => ({ steps: [...s.steps, step].slice(-LIMIT) }));
  useApp.getState().toast(step.message, { action: { label: undoLabel, run: runner } });
}

/** Undoes the newest step; false when there is none (or it failed, with its error shown). */
export async function undoLast(): Promise<boolean> {
  const step = useUndo.getState().steps.at(-1);
  if (!step) {
    useApp.getState().toast(i18n.t('undo.nothing'));
    return false;
  }
  return run(step);
}

/** Forgets every step (tests; a restore replaces all data). */
export function clearUndo(): void {
  useUndo.setState({ steps: [] });
}
