import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../renderer/src/i18n';
import { useApp } from '../../renderer/src/store';
import { clearUndo, offerUndo, undoLast, useUndo } from '../../renderer/src/store/undo';
import { confirmDiscard, markTyped, resetUnsaved, useDiscardPrompt } from '../../renderer/src/store/unsaved';
import { ApiError } from '../../renderer/src/api';
import { refusal } from '#shared/ipc/reasons';

beforeEach(() => {
  setLanguage('en');
  clearUndo();
  resetUnsaved();
  useApp.setState({ toasts: [] });
});

const messages = () => useApp.getState().toasts.map((t) => t.message);

describe('the undo stack', () => {
  it('undoes the newest change first, once, whether from Ctrl+Z or from its toast', async () => {
    const done: string[] = [];
    offerUndo({ message: 'First deleted.', undo: async () => void done.push('first') }, 'Undo');
    offerUndo({ message: 'Second deleted.', undo: async () => void done.push('second') }, 'Undo');
    expect(useUndo.getState().steps).toHaveLength(2);

    // Ctrl+Z takes the newest, and its toast goes with it.
    expect(await undoLast()).toBe(true);
    expect(done).toEqual(['second']);
    expect(messages()).toEqual(['First deleted.', 'Undone.']);

    // The first toast's button undoes the first change; Ctrl+Z then has nothing left.
    useApp.getState().toasts[0]!.action!.run();
    await expect.poll(() => done).toEqual(['second', 'first']);
    expect(useUndo.getState().steps).toEqual([]);
    expect(await undoLast()).toBe(false);
    expect(messages()).toContain('There is nothing to undo.');
    expect(done).toEqual(['second', 'first']);
  });

  it('shows a failed undo as an error and does not offer it again', async () => {
    offerUndo({ message: 'Deleted.', undo: async () => Promise.reject(new ApiError(refusal('write-disk-full', {}, 'The disk is full.'))) }, 'Undo');
    expect(await undoLast()).toBe(false);
    expect(useApp.getState().toasts.find((t) => t.tone === 'error')?.message).toContain('the disk is full.');
    expect(useUndo.getState().steps).toEqual([]);
  });
});

describe('asking before typed text is lost', () => {
  it('asks only about the dialog being closed, and runs the close once Discard is chosen', () => {
    let closed = 0;
    markTyped(1);
    confirmDiscard(() => closed++, 2);
    expect(closed).toBe(1);
    expect(useDiscardPrompt.getState().pending).toBeNull();

    confirmDiscard(() => closed++, 1);
    expect(closed).toBe(1);
    const discard = useDiscardPrompt.getState().pending!;
    discard();
    expect(closed).toBe(2);
    // Discarded: closing again does not ask.
    confirmDiscard(() => closed++, 1);
    expect(closed).toBe(3);
  });

  it('asks about every form when leaving the place', () => {
    let left = false;
    markTyped(7);
    confirmDiscard(() => (left = true));
    expect(left).toBe(false);
    expect(useDiscardPrompt.getState().pending).not.toBeNull();
  });
});
