import type { ReputationScore, ScoreReason } from '@/utils/reputation/score';
import type { Translator } from '@/utils/i18n';
import { shownBand, type ViewTrust } from '@/utils/reputation/site-state';
import { useI18n } from './i18n';

export function reasonText(t: Translator, reason: ScoreReason): string {
  const f = reason.figures;
  switch (reason.code) {
    case 'stars':
      return t.t('reason.stars', { stars: t.number(f.stars ?? 0) });
    case 'sentiment': {
      const s = f.sentiment ?? 0;
      const tone = t.t(s < -0.1 ? 'reason.sentiment.negative' : s < 0.3 ? 'reason.sentiment.mixed' : 'reason.sentiment.positive');
      return t.t('reason.sentiment', { tone, sentiment: t.number(s, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }) });
    }
    case 'velocity':
      return t.t('reason.velocity', { week: f.week ?? 0, month: f.month ?? 0 });
    case 'unanswered':
      return t.t('reason.unanswered', { n: f.count ?? 0, days: f.days ?? 0 });
    case 'trend':
      return t.t('reason.trend', { drop: t.number(f.drop ?? 0) });
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

export function ScoreCard({ score, previous, trust = 'current' }: { score: ReputationScore; previous?: number; trust?: ViewTrust }) {
  const t = useI18n();
  const trend = scoreTrend(score.score, previous);
  const band = shownBand(score.band, trust);
  // Blind everywhere: no number at all, since any number would read as a verdict.
  if (band === 'unknown') return <UnknownScore />;
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
        </div>
      </div>
      <details class="reasons" open={score.reasons.length > 0}>
        <summary>{t.t('popup.whyScore')}</summary>
        {score.reasons.length === 0 ? (
          <p class="muted">{t.t('popup.perfect')}</p>
        ) : (
          <ul data-testid="reasons">
            {score.reasons.map((reason) => (
              <li key={reason.code}>
                <span class="reason-points">{t.t('reason.points', { points: reason.points })}</span>
                <span>{reasonText(t, reason)}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

function UnknownScore() {
  const t = useI18n();
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
        {t.t('state.noScore')}
      </p>
    </section>
  );
}
