/**
 * One zustand store made of slices: the data as the backend last acknowledged it,
 * and the UI (place, toasts). Components select stored references (stable selectors).
 * Each change is applied here from the backend's answer (never a whole new dataset over
 * IPC), and time entries change through shared helpers that let the rules derive the new
 * totals from the previous ones instead of going over every entry again.
 */
import { create } from 'zustand';
import type { Client, Colleague, Dataset, Letter, LetterKind, Notice, Project, Settings, Signal, TimeEntry, Timer } from '../../../shared/model';
import type { DeclineReason } from '../../../shared/rules';
import { appendTimeEntries, removeTimeEntry, replaceTimeEntry } from '../../../shared/rules';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '../../../shared/model';
import type { NeedsEnd, PayloadOf, StopTimerResult } from '../../../shared/ipc/contract';
import { call } from '../api';
import { errorText } from '../lib/errorText';
import { setLanguage } from '../i18n';
import { confirmDiscard } from './unsaved';
import { clearUndo } from './undo';

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

interface DataSlice {
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  data: Dataset;
  settings: Settings;
  timer: Timer | null;
  notices: Notice[];
  load(): Promise<void>;
  updateSettings(changes: PayloadOf<'updateSettings'>): Promise<Settings>;
  createClient(input: PayloadOf<'createClient'>): Promise<Client>;
  updateClient(input: PayloadOf<'updateClient'>): Promise<Client>;
  createProject(input: PayloadOf<'createProject'>): Promise<Project>;
  updateProject(input: PayloadOf<'updateProject'>): Promise<Project>;
  logTime(input: PayloadOf<'logTime'>): Promise<TimeEntry>;
  updateTimeEntry(input: PayloadOf<'updateTimeEntry'>): Promise<TimeEntry>;
  deleteTimeEntry(id: string): Promise<TimeEntry>;
  restoreTimeEntry(entry: TimeEntry): Promise<TimeEntry>;
  /** Starts a timer; when the running one ran past `longTimerHours`, asks for its end first (`askEnd`). */
  startTimer(projectId: string): Promise<void>;
  /** Stops the timer; without `endAt`, a forgotten one is not stopped but asked about (`askEnd`). */
  stopTimer(options?: PayloadOf<'stopTimer'>): Promise<StopTimerResult>;
  /** A timer that ran too long to log as it is: the screen asks when the work ended. */
  askEnd: (NeedsEnd & { nextProjectId?: string }) | null;
  /** Closes the question, leaving the timer running. */
  dismissAskEnd(): void;
  /** Throws the running timer away without logging it. */
  discardTimer(): Promise<void>;
  deleteClient(id: string): Promise<void>;
  deleteProject(id: string): Promise<void>;
  createSignal(input: PayloadOf<'createSignal'>): Promise<Signal>;
  updateSignal(input: PayloadOf<'updateSignal'>): Promise<Signal>;
  deleteSignal(id: string): Promise<void>;
  createColleague(input: PayloadOf<'createColleague'>): Promise<Colleague>;
  updateColleague(input: PayloadOf<'updateColleague'>): Promise<Colleague>;
  deleteColleague(id: string): Promise<void>;
  createLetter(input: PayloadOf<'createLetter'>): Promise<Letter>;
  deleteLetter(id: string): Promise<void>;
  /** Puts text on the system clipboard (Electron's clipboard, through IPC). */
  copyText(text: string): Promise<void>;
  /** Replaces the whole dataset after a bulk change (an import, a restore). */
  reload(): Promise<void>;
}

interface UiSlice {
  route: Route;
  navigate(route: Route): void;
  toasts: Toast[];
  toast(message: string, options?: Partial<Omit<Toast, 'id' | 'message'>>): void;
  dismissToast(id: number): void;
}

export type AppState = DataSlice & UiSlice;

const replaceById = <T extends { id: string }>(list: T[], item: T): T[] => {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const next = list.slice();
  next[i] = item;
  return next;
};

let toastSeq = 0;
const LAST_ROUTE_KEY = 'clientfit:last-route';

function initialRoute(): Route {
  try {
    const saved = JSON.parse(localStorage.getItem(LAST_ROUTE_KEY) ?? 'null') as Route | null;
    if (saved && typeof saved.name === 'string' && saved.name !== 'client' && saved.name !== 'letter') return saved;
  } catch {
    // A damaged saved place is not worth a word: start at home.
  }
  return { name: 'home' };
}

export const useApp = create<AppState>()((set, get) => ({
  status: 'loading',
  data: EMPTY_DATASET,
  settings: DEFAULT_SETTINGS,
  timer: null,
  notices: [],
  askEnd: null,

  async load() {
    try {
      const [data, settings, timer, notices] = await Promise.all([
        call('getDataset'),
        call('getSettings'),
        call('getTimer'),
        call('getNotices'),
      ]);
      setLanguage(settings.language);
      set({ status: 'ready', data, settings, timer, notices });
    } catch (error) {
      set({ status: 'failed', loadError: errorText(error) });
    }
  },

  async updateSettings(changes) {
    const settings = await call('updateSettings', changes);
    setLanguage(settings.language);
    set({ settings });
    return settings;
  },
  async createClient(input) {
    const client = await call('createClient', input);
    // replaceById: a repeated request is answered with the record already here.
    set((s) => ({ data: { ...s.data, clients: replaceById(s.data.clients, client) } }));
    return client;
  },
  async updateClient(input) {
    const client = await call('updateClient', input);
    set((s) => ({ data: { ...s.data, clients: replaceById(s.data.clients, client) } }));
    return client;
  },
  async createProject(input) {
    const project = await call('createProject', input);
    set((s) => ({ data: { ...s.data, projects: replaceById(s.data.projects, project) } }));
    return project;
  },
  async updateProject(input) {
    const project = await call('updateProject', input);
    set((s) => ({ data: { ...s.data, projects: replaceById(s.data.projects, project) } }));
    return project;
  },
  async logTime(input) {
    const entry = await call('logTime', input);
    // A repeated request is answered with the entry already here: nothing to add.
    set((s) => (s.data.timeEntries.some((e) => e.id === entry.id) ? {} : { data: { ...s.data, timeEntries: appendTimeEntries(s.data.timeEntries, entry) } }));
    return entry;
  },
  async updateTimeEntry(input) {
    const entry = await call('updateTimeEntry', input);
    set((s) => ({ data: { ...s.data, timeEntries: replaceTimeEntry(s.data.timeEntries, entry) } }));
    return entry;
  },
  async deleteTimeEntry(id) {
    const entry = await call('deleteTimeEntry', { id });
    set((s) => ({ data: { ...s.data, timeEntries: removeTimeEntry(s.data.timeEntries, id) } }));
    return entry;
  },
  async restoreTimeEntry(entry) {
    const restored = await call('restoreTimeEntry', entry);
    set((s) => ({ data: { ...s.data, timeEntries: appendTimeEntries(s.data.timeEntries, restored) } }));
    return restored;
  },
  async startTimer(projectId) {
    const { timer, logged, needsEnd } = await call('startTimer', { projectId });
    if (needsEnd || !timer) {
      if (needsEnd) set({ askEnd: { ...needsEnd, nextProjectId: projectId } });
      return;
    }
    set((s) => ({
      timer,
      data: logged.length > 0 ? { ...s.data, timeEntries: appendTimeEntries(s.data.timeEntries, ...logged) } : s.data,
    }));
  },
  async stopTimer(options) {
    const result = await call('stopTimer', options);
    if (result.needsEnd) {
      set({ askEnd: result.needsEnd });
      return result;
    }
    set((s) => ({
      timer: null,
      askEnd: null,
      data: result.entries.length > 0 ? { ...s.data, timeEntries: appendTimeEntries(s.data.timeEntries, ...result.entries) } : s.data,
    }));
    return result;
  },
  dismissAskEnd() {
    set({ askEnd: null });
  },
  async discardTimer() {
    await call('discardTimer');
    set({ timer: null, askEnd: null });
  },

  async deleteClient(id) {
    await call('deleteClient', { id });
    set((s) => ({ data: { ...s.data, clients: s.data.clients.filter((x) => x.id !== id) } }));
  },
  async deleteProject(id) {
    await call('deleteProject', { id });
    set((s) => ({ data: { ...s.data, projects: s.data.projects.filter((x) => x.id !== id) } }));
  },
  async createSignal(input) {
    const signal = await call('createSignal', input);
    set((s) => ({ data: { ...s.data, signals: replaceById(s.data.signals, signal) } }));
    return signal;
  },
  async updateSignal(input) {
    const signal = await call('updateSignal', input);
    set((s) => ({ data: { ...s.data, signals: replaceById(s.data.signals, signal) } }));
    return signal;
  },
  async deleteSignal(id) {
    await call('deleteSignal', { id });
    set((s) => ({ data: { ...s.data, signals: s.data.signals.filter((x) => x.id !== id) } }));
  },
  async createColleague(input) {
    const colleague = await call('createColleague', input);
    set((s) => ({ data: { ...s.data, colleagues: replaceById(s.data.colleagues, colleague) } }));
    return colleague;
  },
  async updateColleague(input) {
    const colleague = await call('updateColleague', input);
    set((s) => ({ data: { ...s.data, colleagues: replaceById(s.data.colleagues, colleague) } }));
    return colleague;
  },
  async deleteColleague(id) {
    await call('deleteColleague', { id });
    set((s) => ({ data: { ...s.data, colleagues: s.data.colleagues.filter((x) => x.id !== id) } }));
  },
  async createLetter(input) {
    const letter = await call('createLetter', input);
    set((s) => ({ data: { ...s.data, letters: replaceById(s.data.letters, letter) } }));
    return letter;
  },
  async deleteLetter(id) {
    await call('deleteLetter', { id });
    set((s) => ({ data: { ...s.data, letters: s.data.letters.filter((x) => x.id !== id) } }));
  },
  async copyText(text) {
    await call('copyText', { text });
  },
  async reload() {
    const [data, settings, timer] = await Promise.all([call('getDataset'), call('getSettings'), call('getTimer')]);
    // After an import or a restore the old inverses no longer fit the data: nothing to undo.
    clearUndo();
    set({ data, settings, timer });
  },

  route: initialRoute(),
  navigate(route) {
    // A form with typed changes asks first; nothing typed is thrown away without a word.
    confirmDiscard(() => {
      set({ route });
      try {
        localStorage.setItem(LAST_ROUTE_KEY, JSON.stringify(route));
      } catch {
        // Remembering the place is a nicety; a full storage must not break navigation.
      }
    });
  },
  toasts: [],
  toast(message, options = {}) {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts, { id, message, tone: options.tone ?? 'info', ...options }] }));
    setTimeout(() => get().dismissToast(id), options.action ? 8000 : 4500);
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
}));

/** Runs an action and shows its failure as a toast; returns undefined when it failed. */
export async function attempt<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    useApp.getState().toast(errorText(error), { tone: 'error' });
    return undefined;
  }
}

/** Today's local date, `YYYY-MM-DD`: the renderer's clock, handed to the pure rules. */
export function localToday(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}
