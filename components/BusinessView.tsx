import type { TabState } from '@/utils/session/tab-state';
import type { BusinessSummary } from '@/utils/reputation/summary';
import { businessTitle, type BusinessRole, type ReviewRecord } from '@/utils/store/schema';
import { useAfterFirstPaint, useLazy } from './deferred';
import { Freshness } from './Freshness';
import { useI18n } from './i18n';
import { PageHealthNote } from './PageHealthNote';
import { httpsUrl } from '@/utils/urls';
import { NeedsALook } from './NeedsALook';
import { RiskPanel } from './RiskPanel';
import { ScoreCard } from './ScoreCard';
import { SiteScore } from './SiteScore';
import { siteName } from '@/utils/sites/names';
import { noReviewsYet, unknownBasis, viewSections, type LastLook, type ViewSection } from '@/utils/views/morning';
import { Fragment, type ComponentChildren } from 'preact';
import { StateLine } from './StateLine';

export interface BusinessViewProps {
  summary: BusinessSummary;
  tab?: TabState;
  now: number;
  onSetRole(role: BusinessRole | null): void;
  onOpen(key: string): void;
  /** Unread reviews now on screen (opening the popup reads only these). */
  onDisplayed(reviewKeys: string[]): void;
  /** The figures are fresh, not a remembered view: reading waits for them. */
  ready?: boolean;
  onMarkAllRead(): void;
  onDone(review: ReviewRecord, done: boolean): void;
  /** What the owner saw the last time the popup showed this business (the state line says what changed since). */
  lastLook?: LastLook;
}

/**
 * One business (or the same place on several sites), action first: its name and state in one
 * line, then what needs doing now (claim it, re-open a site that is stale or blind, answer the
 * reviews), then why (score reasons, risk), then the rest. The order is `viewSections`.
 */
export function BusinessView({ summary, tab, now, onSetRole, onOpen, onDisplayed, onMarkAllRead, onDone, ready = true, lastLook }: BusinessViewProps) {
  const t = useI18n();
  const below = useLazy(useAfterFirstPaint() ? () => import('./BelowTheFold') : null);
  const { business } = summary;
  const name = businessTitle(business);
  const href = httpsUrl(business.url);
  const roles = (
    <div class="role-buttons" role="group" aria-label={t.t('options.col.role')} data-testid="role-buttons">
      <button
        type="button"
        class={business.role === 'mine' || !business.role ? 'primary' : ''}
        aria-pressed={business.role === 'mine'}
        onClick={() => onSetRole(business.role === 'mine' ? null : 'mine')}
      >
        {t.t('popup.mine')}
      </button>
      <button
        type="button"
        class={business.role === 'competitor' ? 'primary' : ''}
        aria-pressed={business.role === 'competitor'}
        onClick={() => onSetRole(business.role === 'competitor' ? null : 'competitor')}
      >
        {t.t('popup.competitor')}
      </button>
    </div>
  );
  const sections: Record<ViewSection, () => ComponentChildren> = {
    claim: () => roles,
    roles: () => roles,
    sites: () => (
      <>
        {tab && summary.businesses.some((b) => b.key === tab.businessKey) ? <PageHealthNote tab={tab} /> : null}
        <Freshness businesses={summary.businesses} sites={summary.sites} now={now} />
      </>
    ),
    needs: () => (
      <NeedsALook
        attention={summary.attention}
        negatives={summary.negatives}
        fallbackUrl={business.url}
        businessName={name}
        now={now}
        ready={ready}
        onDisplayed={onDisplayed}
        onMarkAllRead={onMarkAllRead}
        onDone={onDone}
        replyTargets={summary.businesses}
        trust={summary.trust}
      />
    ),
    score: () => (
      <ScoreCard
        score={summary.score}
        previous={summary.previousScore}
        confidence={summary.confidence}
        trust={summary.trust}
        noReviews={noReviewsYet(summary)}
        basis={unknownBasis(summary)}
        now={now}
      />
    ),
    risk: () => <RiskPanel risk={summary.risk} evidence={summary.evidence} fallbackUrl={business.url} businessName={name} now={now} trust={summary.trust} />,
    stats: () => (
      <ul class="stats">
        <li data-testid="known">{t.t('popup.known', { n: summary.total })}</li>
        {/* A share of nothing is no figure: "0% negative" of no review read would read as good news. */}
        {summary.total > 0 ? <li data-testid="negative-share">{t.t('popup.negativeShare', { share: t.percent(summary.negativeShare) })}</li> : null}
        {business.scale !== undefined && business.siteScore !== undefined ? (
          <li data-testid="site-rating">
            {t.t('popup.siteScore', { site: siteName(business.site), n: business.reviewCount ?? 0 })}{' '}
            <SiteScore score={business.siteScore} scale={business.scale} word={business.scoreWord} />
          </li>
        ) : business.rating !== undefined ? (
          <li data-testid="site-rating">
            {business.reviewCount !== undefined
              ? t.t('popup.siteRating', { rating: t.number(business.rating), n: business.reviewCount })
              : t.t('popup.siteRatingOnly', { rating: t.number(business.rating) })}
          </li>
        ) : null}
      </ul>
    ),
    // Loaded a frame later, last on the page: its arrival moves nothing above it.
    below: () => <div class="below-fold">{below ? <below.BelowTheFold summary={summary} now={now} onOpen={onOpen} /> : null}</div>,
  };
  return (
    <div class="business">
      <header class="business-head">
        <div class="business-title-line">
          <h1 class="business-name" dir="auto" data-testid="business-name">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {name}
              </a>
            ) : (
              name
            )}
          </h1>
          {business.role ? <span class={`role role-${business.role}`}>{t.t(`popup.role.${business.role}`)}</span> : null}
          {summary.businesses.length > 1 ? (
            <span class="muted small group-note" data-testid="group">
              {t.t('popup.group', { n: summary.businesses.length })}
            </span>
          ) : null}
        </div>
        <StateLine summary={summary} lastLook={lastLook} now={now} />
      </header>
      {viewSections(summary).map((section) => (
        <Fragment key={section}>{sections[section]()}</Fragment>
      ))}
    </div>
  );
}
