import type { Confidence } from '@/utils/reputation/confidence';
import type { ReputationScore, ScoreReason } from '@/utils/reputation/score';
import type { Translator } from '@/utils/i18n';
import { signedNumber } from '@/utils/i18n/signed';
import { shownBand, type ViewTrust } from '@/utils/reputation/site-state';
import { useI18n } from './i18n';
import { ScoreBasis } from './ScoreBasis';
import type { UnknownBasis } from '@/utils/views/morning';

export function reasonText(t: Translator, reason: ScoreReason): string {
  const f = reason.figures;
  switch (reason.code) {
    case 'stars':
      return t.t('reason.stars', { stars: t.number(f.stars ?? 0) });
    case 'sentiment': {
      const s = f.sentiment ?? 0;
      const tone = t.t(s < -0.1 ? 'reason.sentiment.negative' : s < 0.3 ? 'reason.sentiment.mixed' : 'reason.sentiment.positive');
      return t.t('reason.sentiment', { tone, sentiment: signedNumber(t.number, s), best: signedNumber(t.number, 1) });
    }
    case 'velocity': {
      const week = f.week ?? 0;
      const month = f.month ?? 0;
      const days = { weekDays: f.weekDays ?? 7, monthDays: f.monthDays ?? 30 };
      // Only the windows that hold negatives are named: "0 negative in 7 days" is not a loss.
      if (week === 0) return t.t('reason.velocityOnly', { n: month, days: days.monthDays });
      if (week === month) return t.t('reason.velocityOnly', { n: week, days: days.weekDays });
      return t.t('reason.velocity', { week, month, ...days });
    }
    case 'unanswered':
      return t.t('reason.unanswered', { n: f.count ?? 0, days: f.days ?? 0 });
    case 'trend':
      return t.t('reason.trend', { drop: t.number(f.drop ?? 0), days: f.days ?? 0 });
  }
}

/** The score's change over 30 days: ▲ up, ▼ down, or steady within 2 points. */
export function scoreTrend(score: number, previous: number | undefined): { direction: 'up' | 'down' | 'flat'; delta: number } | null {
  if (previous === undefined) return null;
  const delta = score - previous;
  if (Math.abs(delta) <= 2) return { direction: 'flat', delta };
  return { direction: delta > 0 ? 'up' : 'down', delta };
}

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

export function ScoreCard({
  score,
  previous,
  confidence,
  trust = 'current',
  noReviews = false,
  basis = { kind: 'nothing' },
  now = Date.now(),
}: {
  score: ReputationScore;
  previous?: number;
  confidence?: Confidence;
  trust?: ViewTrust;
  /** No review of the place read yet (`noReviewsYet`): no number, no band. */
  noReviews?: boolean;
  /** Every site blind: whether figures from earlier visits are shown below, and from when (`unknownBasis`). */
  basis?: UnknownBasis;
  now?: number;
}) {
  const t = useI18n();
  // No arrow before the business has enough history (the summary leaves `previous` out then too).
  const trend = confidence && !confidence.trends ? null : scoreTrend(score.score, previous);
  const band = shownBand(score.band, trust);
  // Blind everywhere: no number at all, since any number would read as a verdict.
  if (band === 'unknown') return <UnknownScore basis={basis} now={now} />;
  if (noReviews) return <NoReviewsYet />;
  return (
    <section class={`score-card band-${band}`} aria-labelledby="score-label">
      <div class="score-main">
        <div class="score-number" data-testid="score" aria-describedby="score-band">
          {score.score}
        </div>
        <div>
          <div id="score-label" class="score-label">
            {t.t('popup.score')}
          </div>
          <div id="score-band" class="score-band" data-testid="band">
            {band === 'partial' ? t.t('state.band.partial') : t.t(`popup.band.${band}`)}
          </div>
          {trend ? (
            <div class={`score-trend trend-${trend.direction}`} data-testid="score-trend">
              <span aria-hidden="true">{ARROWS[trend.direction]} </span>
              {t.t(`popup.trend.${trend.direction}`, { delta: Math.abs(trend.delta) })}
            </div>
          ) : null}
          {confidence?.provisional ? (
            <span class="score-provisional" data-testid="score-provisional">
              {t.t('popup.provisionalShort')}
            </span>
          ) : null}
        </div>
      </div>
      {confidence ? <ScoreBasis confidence={confidence} trendShown={trend !== null} /> : null}
      <details class="reasons">
        <summary>{t.t('popup.whyScore')}</summary>
        {score.reasons.length === 0 ? (
          <p class="muted">{t.t('popup.perfect')}</p>
        ) : (
          <ul data-testid="reasons">
            {score.reasons.map((reason) => (
              <li key={reason.code}>
                <span class="reason-points">{t.t('reason.pointsOf', { points: reason.points, max: reason.max })}</span>
                <span>{reasonText(t, reason)}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

/** A listing recorded before any review was read: no score to give, and it says so. */
function NoReviewsYet() {
  const t = useI18n();
  return (
    <section class="score-card band-none" aria-labelledby="score-label">
      <div id="score-label" class="score-label">
        {t.t('popup.score')}
      </div>
      <p class="muted small" data-testid="no-score">
        {t.t('state.noReviews.card')}
      </p>
    </section>
  );
}

function UnknownScore({ basis, now }: { basis: UnknownBasis; now: number }) {
  const t = useI18n();
  // Never "nothing is known" above figures from earlier visits: the latest visit could not read the reviews, the rest is older.
  const text =
    basis.kind === 'nothing'
      ? t.t('state.noScore')
      : basis.readAt !== undefined
        ? t.t('state.noScore.earlier', { ago: t.ago(basis.readAt, now) })
        : t.t('state.noScore.earlierUndated');
  return (
    <section class="score-card band-unknown" aria-labelledby="score-label">
      <div class="score-main">
        <div class="score-number" aria-hidden="true">
          ?
        </div>
        <div>
          <div id="score-label" class="score-label">
            {t.t('popup.score')}
          </div>
          <div class="score-band" data-testid="band">
            {t.t('state.band.unknown')}
          </div>
        </div>
      </div>
      <p class="muted small" data-testid="no-score">
        {text}
      </p>
    </section>
  );
}
