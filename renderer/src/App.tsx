import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Sidebar } from './components/Sidebar';
import { PLACES, type MenuCommand, type Place } from '#shared/ipc/menu';
import { recentProjects } from './lib/selectors';
import { Toasts } from './components/Toasts';
import { DiscardPrompt } from './components/DiscardPrompt';
import { attempt, useApp } from './store';
import { undoLast } from './store/undo';
import { Home } from './screens/Home';
import { Clients } from './screens/Clients';
import { ClientDetail } from './screens/ClientDetail';
import { Time } from './screens/Time';
import { Settings } from './screens/Settings';
import { Inquiries } from './screens/Inquiries';
import { Pipeline } from './screens/Pipeline';
import { Review } from './screens/Review';
import { Letters } from './screens/Letters';
import { LetterComposer } from './screens/LetterComposer';
import { Colleagues } from './screens/Colleagues';

/** Runs a command from the native menu or its keyboard shortcut. */
export function runCommand(command: MenuCommand): void {
  const s = useApp.getState();
  if (command.startsWith('go:')) {
    s.navigate({ name: command.slice(3) as Place });
  } else if (command === 'new-inquiry') {
    s.navigate({ name: 'inquiries', fresh: true });
  } else if (command === 'toggle-timer') {
    if (s.timer) void attempt(() => s.stopTimer());
    else {
      const recent = recentProjects(s.data, 1)[0];
      if (recent) void attempt(() => s.startTimer(recent.id));
      else s.navigate({ name: 'time' });
    }
  } else if (command === 'log-time') {
    s.navigate({ name: 'time' });
  } else if (command === 'find') {
    document.querySelector<HTMLInputElement>('[data-find]')?.focus();
  } else if (command === 'undo') {
    // In a field, the field's own typing is undone, as in any editor.
    if (isEditable(document.activeElement)) document.execCommand('undo');
    else void undoLast();
  }
}

/** A text field (or an editable area) that has its own undo. */
function isEditable(el: Element | null): boolean {
  if (!el || el.hasAttribute('data-committed')) return false;
  if (el instanceof HTMLTextAreaElement || (el as HTMLElement).isContentEditable) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
}

/** Shortcuts in the page too (the browser has no native menu): Ctrl/Cmd+1..9, N, T, L, F. */
function useShortcuts() {
  useEffect(() => {
    // In the app the native menu owns the accelerators and sends commands instead.
    const shell = window.clientfitShell;
    if (shell) return shell.onMenuCommand(runCommand);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key.toLowerCase() === 'z') {
        // Typing in a field keeps the browser's own undo; elsewhere the last change is undone.
        if (isEditable(e.target as Element)) return;
        e.preventDefault();
        runCommand('undo');
        return;
      }
      const n = Number(e.key);
      const key = e.key.toLowerCase();
      const command: MenuCommand | undefined =
        n >= 1 && n <= PLACES.length ? `go:${PLACES[n - 1]!}` : key === 'n' ? 'new-inquiry' : key === 't' ? 'toggle-timer' : key === 'l' ? 'log-time' : key === 'f' ? 'find' : undefined;
      if (!command) return;
      e.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const { t } = useTranslation();
  const status = useApp((s) => s.status);
  const loadError = useApp((s) => s.loadError);
  const route = useApp((s) => s.route);
  const load = useApp((s) => s.load);
  useShortcuts();
  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'loading') {
    return <div className="empty" role="status" aria-busy="true">{t('app.loading')}</div>;
  }
  if (status === 'failed') {
    return (
      <div className="page">
        <div className="notice error" role="alert">
          <div className="stack">
            <strong>{t('app.loadFailed')}</strong>
            <p className="small">{loadError}</p>
            <button className="btn" onClick={() => void load()}>{t('common.retry')}</button>
          </div>
        </div>
      </div>
    );
  }

  let screen;
  switch (route.name) {
    case 'home': screen = <Home />; break;
    case 'time': screen = <Time />; break;
    case 'clients': screen = <Clients />; break;
    case 'client': screen = <ClientDetail id={route.id} />; break;
    case 'settings': screen = <Settings />; break;
    case 'inquiries': screen = <Inquiries {...(route.projectId ? { projectId: route.projectId } : {})} {...(route.fresh ? { fresh: true } : {})} />; break;
    case 'pipeline': screen = <Pipeline />; break;
    case 'review': screen = <Review />; break;
    case 'letters': screen = <Letters {...(route.letterId ? { letterId: route.letterId } : {})} />; break;
    case 'letter': screen = <LetterComposer kind={route.kind} clientId={route.clientId} {...(route.projectId ? { projectId: route.projectId } : {})} {...(route.reason ? { reason: route.reason } : {})} />; break;
    case 'colleagues': screen = <Colleagues />; break;
  }
  return (
    <div className="app">
      <Sidebar />
      <main className="main" id="main" key={JSON.stringify(route)}>
        {screen}
      </main>
      <Toasts />
      <DiscardPrompt />
    </div>
  );
}
