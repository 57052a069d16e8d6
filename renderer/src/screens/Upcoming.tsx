import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

/** A place whose screen is not in this build yet: says what it will answer. */
export function Upcoming({ place }: { place: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-head"><h1>{t(`nav.${place}`)}</h1></div>
      <div className="card">
        <EmptyState title={t(`upcoming.${place}`)} body={t('upcoming.body')} />
      </div>
    </div>
  );
}
