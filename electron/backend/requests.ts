/** One record per submission: a repeated `requestId` on a creating channel gets the first call's answer. */
import { IDEMPOTENT_CHANNELS, type Result } from '#shared/ipc/contract';

/** How many recent request ids are remembered (in memory only: a restart may forget them). */
const REQUESTS_KEPT = 500;

const idempotent = new Set<string>(IDEMPOTENT_CHANNELS);

/**
 * Runs `run` once per channel and request id; a repeat (even a concurrent one) gets the same
 * answer. A refused request wrote nothing, so the same submission may try again.
 */
export function oncePerRequest() {
  /** Recent requests by channel and id; the promise is kept so a concurrent repeat waits for it. */
  const requests = new Map<string, Promise<Result<unknown>>>();
  const once = (key: string, run: () => Promise<Result<unknown>>): Promise<Result<unknown>> => {
    const known = requests.get(key);
    if (known) return known;
    const answer = Promise.resolve().then(run);
    requests.set(key, answer);
    if (requests.size > REQUESTS_KEPT) requests.delete(requests.keys().next().value!);
    void answer.then((r) => {
      if (!r.ok && requests.get(key) === answer) requests.delete(key);
    });
    return answer;
  };
  return (channel: string, payload: unknown, run: (payload: unknown) => Promise<Result<unknown>>): Promise<Result<unknown>> => {
    if (!idempotent.has(channel)) return run(payload);
    const { requestId, ...rest } = payload as { requestId?: string };
    if (requestId === undefined) return run(rest);
    return once(`${channel}\u0000${requestId}`, () => run(rest));
  };
}
