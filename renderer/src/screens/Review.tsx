import { useTranslation } from 'react-i18next';
import { useJumpTarget } from './pipeline/jump';
import { scrollToSection } from '../lib/scrollToSection';
import { CleanHouse } from './review/CleanHouse';
import { FollowUps } from './review/FollowUps';
import { Referrals } from './review/Referrals';
import { StarsTwins } from './review/StarsTwins';

const SECTIONS = ['clean-house', 'stars', 'follow-ups', 'referrals'] as const;

/** Who to keep: the clean-house review, stars and their twins, follow-ups and referrals. */
export function Review() {
  const { t } = useTranslation();
  useJumpTarget();
  return (
    <div className="page review-page">
      <div className="page-head">
        <div>
          <h1>{t('review.title')}</h1>
          <p className="sub">{t('review.subtitle')}</p>
        </div>
        <nav className="row jump-links" aria-label={t('review.jump')}>
          {SECTIONS.map((s) => (
            <a key={s} className="btn small ghost" href={`#${s}`} onClick={(e) => {
              e.preventDefault();
              scrollToSection(s, { smooth: true });
            }}>
              {t(`review.section.${s}`)}
            </a>
          ))}
        </nav>
      </div>
      <CleanHouse />
      <StarsTwins />
      <FollowUps />
      <Referrals />
    </div>
  );
}
