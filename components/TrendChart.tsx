import { useMemo, useState } from 'preact/hooks';
import type { DayBucket } from '@/utils/reputation/buckets';
import { trendSeries, type TrendRange } from '@/utils/reputation/trends';
import type { SnapshotRecord } from '@/utils/store/schema';
import { chartModel, type ChartModel } from '@/utils/views/chart';
import type { Translator } from '@/utils/i18n';
import { signedNumber } from '@/utils/i18n/signed';
import { useI18n } from './i18n';

const RANGES: readonly TrendRange[] = [30, 90, 365];

/** The chart in words, for screen readers and as the caption everyone reads. */
export function chartSummary(t: Translator, model: ChartModel, range: TrendRange): string {
  const parts = [t.t('chart.summary', { range: t.t(`chart.range.${range}`), volume: model.totals.volume, negatives: model.totals.negatives })];
  if (model.totals.stars !== undefined) parts.push(t.t('chart.summaryStars', { stars: t.number(model.totals.stars) }));
  if (model.totals.sentiment !== undefined) parts.push(t.t('chart.summarySentiment', { sentiment: signedNumber(t.number, model.totals.sentiment) }));
  if (model.totals.ratingFrom !== undefined && model.totals.ratingTo !== undefined) {
    parts.push(t.t('chart.summaryRating', { from: t.number(model.totals.ratingFrom), to: t.number(model.totals.ratingTo) }));
  }
  return parts.join(' ');
}

export function TrendChart({ buckets, snapshots, now }: { buckets: readonly DayBucket[]; snapshots: readonly SnapshotRecord[]; now: number }) {
  const t = useI18n();
  const [range, setRange] = useState<TrendRange>(90);
  const model = useMemo(() => chartModel(trendSeries(buckets, snapshots, range, now), range), [buckets, snapshots, range, now]);
  const summary = chartSummary(t, model, range);
  return (
    <section aria-labelledby="chart-title" class="chart" data-testid="chart">
      <div class="chart-head">
        <h2 id="chart-title" class="section-title">
          {t.t('chart.title')}
        </h2>
        <div class="segmented" role="group" aria-label={t.t('chart.title')}>
          {RANGES.map((r) => (
            <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
              {t.t(`chart.range.${r}`)}
            </button>
          ))}
        </div>
      </div>
      <svg viewBox={`0 0 ${model.width} ${model.height}`} width="100%" role="img" aria-label={summary} data-testid="chart-svg">
        <line class="axis" x1="0" x2={model.width} y1={model.barsTop} y2={model.barsTop} />
        {model.bars.map((bar) =>
          bar.volume > 0 ? (
            <g key={bar.from}>
              <title>{t.t('chart.bar', { date: t.date(bar.from), volume: bar.volume, negatives: bar.negatives })}</title>
              <rect class="bar" x={bar.x} y={model.height - bar.height} width={bar.width} height={bar.height} />
              {bar.negativeHeight > 0 ? (
                <rect class="bar-negative" x={bar.x} y={model.height - bar.negativeHeight} width={bar.width} height={bar.negativeHeight} />
              ) : null}
            </g>
          ) : null,
        )}
        {model.ratingPath ? <path class="line-rating" d={model.ratingPath} /> : null}
        {model.sentimentPath ? <path class="line-sentiment" d={model.sentimentPath} /> : null}
        {model.starsPath ? <path class="line-stars" d={model.starsPath} /> : null}
      </svg>
      <ul class="legend" aria-hidden="true">
        <li class="key-stars">{t.t('chart.stars')}</li>
        <li class="key-sentiment">{t.t('chart.sentiment')}</li>
        <li class="key-rating">{t.t('chart.rating')}</li>
        <li class="key-volume">{t.t('chart.volume')}</li>
        <li class="key-negatives">{t.t('chart.negatives')}</li>
      </ul>
      <p class="muted small" data-testid="chart-summary">
        {model.totals.volume === 0 ? `${t.t('chart.empty')} ` : ''}
        {summary}
      </p>
    </section>
  );
}
