/** The handler table's types, derived from the IPC contract, and `combine` that joins the domains' tables. */
import type { z } from 'zod';
import type { BackendChannel, Contract, ResultOf } from '#shared/ipc/contract';

/** A channel's payload as its schema outputs it (checked, defaults applied). */
export type Out<C extends BackendChannel> = z.output<Contract[C]['payload']>;
/** One channel's handler: it throws a BackendError to refuse. */
export type Handler<C extends BackendChannel> = (payload: Out<C>) => ResultOf<C> | Promise<ResultOf<C>>;
/** The whole table: one handler per backend channel of the contract, no more, no less. */
export type Handlers = { [C in BackendChannel]: Handler<C> };
/** What one domain module gives: some of the table (`satisfies` it, so a misspelt name is an error). */
export type SomeHandlers = Partial<Handlers>;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Joins the domains' tables into one; a channel handled twice is a mistake, refused at open. */
export function combine<T extends SomeHandlers[]>(...parts: T): Intersection<T[number]> {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (Object.hasOwn(all, name)) throw new Error(`Two handlers for the channel ${name}.`);
      all[name] = handler;
    }
  }
  return all as Intersection<T[number]>;
}
