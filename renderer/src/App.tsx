import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Sidebar, PLACES } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { attempt, useApp } from './store';
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

/** Global shortcuts: Ctrl/Cmd+1..9 places, N new inquiry, T timer, L log time, F find. */
function useShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const s = useApp.getState();
      const n = Number(e.key);
      if (n >= 1 && n <= PLACES.length) {
        e.preventDefault();
        s.navigate({ name: PLACES[n - 1]! });
      } else if (e.key.toLowerCase() === 'n') {
        e.preventDefault();
        s.navigate({ name: 'inquiries', fresh: true });
      } else if (e.key.toLowerCase() === 't') {
        e.preventDefault();
        if (s.timer) void attempt(() => s.stopTimer());
        else s.navigate({ name: 'time' });
      } else if (e.key.toLowerCase() === 'l') {
        e.preventDefault();
        s.navigate({ name: 'time' });
      } else if (e.key.toLowerCase() === 'f') {
        const find = document.querySelector<HTMLInputElement>('[data-find]');
        if (find) {
          e.preventDefault();
          find.focus();
        }
      }
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
    </div>
  );
}
