/**
 * The transport under the store: `window.api`, one method per channel of the contract.
 * `call` returns the value or throws an ApiError whose message a person can read. Only
 * `store/` imports this (a lint rule keeps it so): components call the store's actions.
 */
import type { Api, ChannelName, IpcError, PayloadOf, Result, ResultOf } from '#shared/ipc/contract';
import { refusal } from '#shared/ipc/reasons';
import { errorText } from './lib/errorText';

declare global {
  interface Window {
    api: Api;
  }
}

/** A refusal from the backend or main: its reason and parameters, and as `message` the sentence in the user's language. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  readonly reason: IpcError['reason'];
  readonly params: IpcError['params'];
  readonly issues?: IpcError['issues'];
  /** The English sentence, for logs. */
  readonly detail: string;

  constructor(error: IpcError) {
    super(errorText(error));
    this.code = error.code;
    this.reason = error.reason;
    this.params = error.params;
    this.detail = error.message;
    if (error.issues) this.issues = error.issues;
  }
}

/** Hears every refusal before it is thrown (the store reads changed records again). */
type RefusalListener = (channel: ChannelName, payload: unknown, error: ApiError) => Promise<void>;
let refusalListener: RefusalListener | undefined;

/** Sets the one listener that hears refusals; the call throws only after it has finished. */
export function onRefusal(listener: RefusalListener | undefined): void {
  refusalListener = listener;
}

/** Calls a channel; throws ApiError with a sentence in the user's language on failure. */
export async function call<C extends ChannelName>(channel: C, ...payload: undefined extends PayloadOf<C> ? [PayloadOf<C>?] : [PayloadOf<C>]): Promise<ResultOf<C>> {
  const method = window.api?.[channel] as unknown as ((p?: unknown) => Promise<Result<ResultOf<C>>>) | undefined;
  if (!method) throw new ApiError(refusal('unexpected', { detail: channel }, `window.api.${channel} is missing`));
  let result: Result<ResultOf<C>>;
  try {
    result = await method(payload[0]);
  } catch (error) {
    const detail = (error as Error).message;
    throw new ApiError(refusal('unexpected', { detail }, detail));
  }
  if (!result.ok) {
    const error = new ApiError(result.error);
    // Awaited, so the page already shows what is true when the message appears.
    if (refusalListener) await refusalListener(channel, payload[0], error);
    throw error;
  }
  return result.value;
}
