/**
 * One form submission, one record: while a submission is in flight a second one does
 * nothing (the button shows it disabled), and every create call in it carries the same
 * `requestId`, so even a repeat that gets through is answered by the backend with the
 * first record (see DESIGN.md, backend API).
 */
import { useCallback, useRef, useState } from 'react';

/** A fresh id for one submission. */
export function newRequestId(): string {
  return crypto.randomUUID();
}

/**
 * How long after a success the same submission (same `key`) still counts as a repeat: a
 * second Enter that was already on its way when the first one was saved.
 */
export const REPEAT_WINDOW_MS = 1500;

export interface Submission {
  /** True while a submission is in flight: disable the submit button. */
  pending: boolean;
  /**
   * Runs one submission with its request id; a call while one is in flight returns
   * undefined at once. The id is kept until a submission succeeds, so a retry after a
   * failure is the same submission. With a `key` (what is being submitted), the same key
   * right after a success reuses the id, so the backend answers with the record it made.
   */
  submit<T>(run: (requestId: string) => Promise<T | undefined>, key?: string): Promise<T | undefined>;
}

/** The in-flight guard and request id of one form. */
export function useSubmission(): Submission {
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const requestId = useRef<string | null>(null);
  const last = useRef<{ key: string; id: string; at: number } | null>(null);
  const submit = useCallback(async <T,>(run: (requestId: string) => Promise<T | undefined>, key?: string): Promise<T | undefined> => {
    // A ref, not the state: the second click of a double click comes before the re-render.
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    const repeat = key !== undefined && last.current?.key === key && Date.now() - last.current.at < REPEAT_WINDOW_MS;
    const id = repeat ? last.current!.id : (requestId.current ??= newRequestId());
    try {
      const result = await run(id);
      if (result !== undefined) {
        requestId.current = null;
        last.current = key === undefined ? null : { key, id, at: Date.now() };
      }
      return result;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { pending, submit };
}
