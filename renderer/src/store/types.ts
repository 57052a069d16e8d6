/**
 * The store's whole shape: the slices joined. Each slice file declares its part and is
 * typed against the whole (`StateCreator<AppState, [], [], Slice>`), as the zustand docs do.
 */
import type { LetterKind } from '#shared/model';
import type { DeclineReason } from '#shared/rules';
import type { BulkSlice } from './bulk';
import type { CollectionsSlice } from './collections';
import type { DataSlice } from './data';
import type { TimeSlice } from './time';
import type { UiSlice } from './ui';

export type Route =
  | { name: 'home' }
  | { name: 'time' }
  | { name: 'clients' }
  | { name: 'client'; id: string }
  | { name: 'inquiries'; projectId?: string; fresh?: boolean }
  | { name: 'pipeline' }
  | { name: 'review' }
  | { name: 'letters'; letterId?: string }
  | { name: 'letter'; kind: LetterKind; clientId: string; projectId?: string; reason?: DeclineReason }
  | { name: 'colleagues' }
  | { name: 'settings' };

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export type AppState = DataSlice & CollectionsSlice & TimeSlice & BulkSlice & UiSlice;
