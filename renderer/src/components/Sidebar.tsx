import { useTranslation } from 'react-i18next';
import { useApp, type Route } from '../store';
import { TimerPill } from './TimerPill';
import { PLACES, type Place } from '#shared/ipc/menu';


function placeOf(route: Route): Place {
  if (route.name === 'client') return 'clients';
  if (route.name === 'letter') return 'letters';
  return route.name;
}

/** The left sidebar: timer first, then every place, always visible. */
export function Sidebar() {
  const { t } = useTranslation();
  const route = useApp((s) => s.route);
  const navigate = useApp((s) => s.navigate);
  const current = placeOf(route);
  const mod = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden>CF</span>
        ClientFit
      </div>
      <TimerPill />
      <nav className="nav" aria-label={t('nav.label')}>
        {PLACES.map((place, i) => (
          <button
            key={place}
            aria-current={current === place ? 'page' : undefined}
            onClick={() => navigate({ name: place })}
            title={`${t(`nav.${place}`)} (${mod}${i + 1})`}
          >
            <span>{t(`nav.${place}`)}</span>
            <span className="badge" aria-hidden>{mod}{i + 1}</span>
          </button>
        ))}
      </nav>
      <div className="sidebar-foot">
        <button className="btn primary" onClick={() => navigate({ name: 'inquiries', fresh: true })}>
          {t('nav.newInquiry')} <span className="kbd" aria-hidden>{mod}N</span>
        </button>
        <span className="hint">{t('nav.local')}</span>
      </div>
    </aside>
  );
}
