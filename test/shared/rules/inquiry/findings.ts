/** What the inquiry step tests hand to a step instead of running the earlier ones. */
import type { HoursFinding } from '#shared/rules/inquiry/projectedHours';

/** The projected-hours step's finding for `projectedHours` (0: unknown), with the client's overrun if any. */
export const hoursFinding = (projectedHours: number, clientOverrun: number | null = null): HoursFinding => ({
  projectedHours,
  hoursKnown: projectedHours > 0,
  clientOverrun,
  reasons: [],
});

/** A reason's text with the locale's no-break spaces as plain spaces, to compare with a sentence. */
export const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
