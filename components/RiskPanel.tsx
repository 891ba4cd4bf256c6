import { useState } from 'preact/hooks';
import { urgentCategoriesText } from '@/utils/alerts/urgent-text';
import type { Translator } from '@/utils/i18n';
import type { Risk, RiskSignal } from '@/utils/reputation/risk';
import { shownRiskLevel, type ViewTrust } from '@/utils/reputation/site-state';
import type { ReviewRecord } from '@/utils/store/schema';
import { useI18n } from './i18n';
import { ReviewItem } from './ReviewItem';

/** One warning sign in plain words. */
export function signalText(t: Translator, signal: RiskSignal): string {
  switch (signal.code) {
    case 'burst':
      return t.t('risk.burst', { n: signal.count, days: signal.days });
    case 'unanswered':
      return t.t('risk.unanswered', { n: signal.count, days: signal.days });
    case 'recurring-theme':
      return t.t('risk.theme', { theme: t.t(`theme.${signal.theme}`), count: signal.count, of: signal.of });
    case 'rating-falling':
      return t.t('risk.ratingFalling', { from: t.number(signal.from), to: t.number(signal.to), days: signal.days });
    case 'fewer-reviews':
      return t.t('risk.fewerReviews', { recent: t.number(signal.recent), usual: t.number(signal.usual), days: signal.days });
    case 'swinging-quality':
      return t.t('risk.swinging', { deviation: t.number(signal.deviation), of: signal.of });
    case 'urgent':
      return t.t(signal.answered === signal.count ? 'risk.urgentAnswered' : 'risk.urgent', {
        n: signal.count,
        categories: urgentCategoriesText(t, signal.categories),
        evidence: signal.evidence,
      });
    case 'few-positive':
      return t.t('risk.fewPositive', { positive: signal.positive, of: signal.of });
  }
}

export interface RiskPanelProps {
  risk: Risk;
  evidence: readonly ReviewRecord[];
  fallbackUrl: string;
  businessName: string;
  now: number;
  /** Not every site current: never "Low – no warning signs". */
  trust?: ViewTrust;
}

export function RiskPanel({ risk, evidence, fallbackUrl, businessName, now, trust = 'current' }: RiskPanelProps) {
  const t = useI18n();
  const level = shownRiskLevel(risk.level, trust);
  const [open, setOpen] = useState<number | null>(null);
  const byKey = new Map(evidence.map((r) => [r.key, r]));
  return (
    <section class={`risk risk-${level}`} aria-labelledby="risk-title" data-testid="risk">
      <h2 id="risk-title" class="section-title">
        {t.t('risk.title')}: <span data-testid="risk-level">{level === 'unknown' ? t.t('state.risk.unknown') : t.t(`risk.level.${level}`)}</span>
      </h2>
      {risk.signals.length === 0 ? (
        <p class="muted" data-testid="risk-none">
          {trust === 'current' ? t.t('risk.none') : t.t('state.risk.unchecked')}
        </p>
      ) : (
        <ul class="signals">
          {risk.signals.map((signal, i) => {
            const reviews = 'reviewKeys' in signal ? signal.reviewKeys.map((k) => byKey.get(k)).filter((r): r is ReviewRecord => r !== undefined) : [];
            const listId = `risk-reviews-${i}`;
            return (
              <li key={`${signal.code}-${i}`} class={`signal severity-${signal.severity}`} data-testid="risk-signal">
                <span class="signal-dot" aria-hidden="true" />
                <span class="signal-text">{signalText(t, signal)}</span>
                {reviews.length > 0 ? (
                  <button type="button" class="link" aria-expanded={open === i} aria-controls={listId} onClick={() => setOpen(open === i ? null : i)}>
                    {open === i ? t.t('risk.hide') : t.t('risk.show', { n: reviews.length })}
                  </button>
                ) : null}
                {open === i ? (
                  <ul class="reviews evidence" id={listId}>
                    {reviews.map((review) => (
                      <ReviewItem key={review.key} review={review} fallbackUrl={fallbackUrl} businessName={businessName} now={now} compact />
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
