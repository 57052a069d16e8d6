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

export interface Submission {
  /** True while a submission is in flight: disable the submit button. */
  pending: boolean;
  /**
   * Runs one submission with its request id; a call while one is in flight returns
   * undefined at once. The id is kept until a submission succeeds, so a retry after a
   * failure is the same submission; the next one after success gets a new id.
   */
  submit<T>(run: (requestId: string) => Promise<T | undefined>): Promise<T | undefined>;
}

/** The in-flight guard and request id of one form. */
export function useSubmission(): Submission {
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const requestId = useRef<string | null>(null);
  const submit = useCallback(async <T,>(run: (requestId: string) => Promise<T | undefined>): Promise<T | undefined> => {
    // A ref, not the state: the second click of a double click comes before the re-render.
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    requestId.current ??= newRequestId();
    try {
      const result = await run(requestId.current);
      if (result !== undefined) requestId.current = null;
      return result;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { pending, submit };
}
