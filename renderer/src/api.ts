/**
 * The transport under the store: `window.api`, one method per channel of the contract.
 * `call` returns the value or throws an ApiError whose message a person can read. Only
 * `store/` imports this (a lint rule keeps it so): components call the store's actions.
 */
import type { Api, ChannelName, IpcError, PayloadOf, Result, ResultOf } from '../../shared/ipc/contract';
import { i18n } from './i18n';

declare global {
  interface Window {
    api: Api;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: IpcError['code'],
    readonly detail: string,
    readonly issues?: IpcError['issues'],
  ) {
    super(i18n.t(`errors.${code}`, { detail, defaultValue: i18n.t('errors.internal', { detail }) }));
  }
}

/** Calls a channel; throws ApiError with a sentence in the user's language on failure. */
export async function call<C extends ChannelName>(channel: C, ...payload: undefined extends PayloadOf<C> ? [PayloadOf<C>?] : [PayloadOf<C>]): Promise<ResultOf<C>> {
  const method = window.api?.[channel] as unknown as ((p?: unknown) => Promise<Result<ResultOf<C>>>) | undefined;
  if (!method) throw new ApiError('internal', `window.api.${channel} is missing`);
  let result: Result<ResultOf<C>>;
  try {
    result = await method(payload[0]);
  } catch (error) {
    throw new ApiError('internal', (error as Error).message);
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues);
  return result.value;
}
