/**
 * A test double of `window.api` for the store's and the screens' tests: each channel answers from a table
 * of handlers given by the test, and every call is recorded in order.
 */
import type { ChannelName, PayloadOf, ResultOf } from '#shared/ipc/contract';
import { refusal } from '#shared/ipc/reasons';

export type Handlers = { [C in ChannelName]?: (payload: PayloadOf<C>) => ResultOf<C> };

/** Installs the double; returns the calls it receives (channel and payload), in order. */
export function fakeApi(handlers: Handlers): { channel: ChannelName; payload: unknown }[] {
  const calls: { channel: ChannelName; payload: unknown }[] = [];
  window.api = new Proxy({} as typeof window.api, {
    get: (_t, channel: ChannelName) => async (payload: unknown) => {
      calls.push({ channel, payload });
      const handler = handlers[channel] as ((p: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: refusal('unknown-channel', { channel }, `no answer for ${channel}`) };
      try {
        return { ok: true, value: handler(payload) };
      } catch (error) {
        const detail = (error as Error).message;
        return { ok: false, error: refusal('unexpected', { detail }, detail) };
      }
    },
  });
  return calls;
}
