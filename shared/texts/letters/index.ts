/** Letter texts by language: one phrase table per language, all of the same shape. */
import type { Language } from '../../model';
import { en, type LetterTable } from './en';
import { es } from './es';

export { en, es };
export { DECLINE_REASONS, SPECIALIST_KINDS } from './en';
export { firstName, letterDate, letterMoney } from './format';
export type { Closeness, DeclineReason, LetterTable, Registered, SpecialistKind, Wordings } from './en';

/** The phrase table of each letter language. */
export const LETTER_TEXTS: Record<Language, LetterTable> = { en, es };
