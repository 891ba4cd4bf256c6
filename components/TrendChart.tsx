import { useMemo, useState } from 'preact/hooks';
import type { DayBucket } from '@/utils/reputation/buckets';
import { trendSeries, type TrendRange } from '@/utils/reputation/trends';
import type { SnapshotRecord } from '@/utils/store/schema';
import { chartModel, daysPerBar, MIN_CHART_REVIEWS, type ChartBar, type ChartModel, type ChartScale } from '@/utils/views/chart';
import type { Translator } from '@/utils/i18n';
import { signedNumber } from '@/utils/i18n/signed';
import { useI18n } from './i18n';

const RANGES: readonly TrendRange[] = [30, 90, 365];

/** A figure in stars, said on the view's scale: stars on five, the site's own score on ten (Booking's 4.3★ is its 8.6). */
const onScale = (stars: number, scale: ChartScale): number => (scale === 10 ? Math.round(stars * 20) / 10 : stars);

/** The chart in words, for screen readers and as the caption everyone reads. */
export function chartSummary(t: Translator, model: ChartModel, range: TrendRange, scale: ChartScale = 5): string {
  const parts = [t.t('chart.summary', { range: t.t(`chart.range.${range}`), volume: model.totals.volume, negatives: model.totals.negatives })];
  if (model.totals.stars !== undefined)
    parts.push(
      scale === 10
        ? t.t('chart.summaryScore', { score: t.number(onScale(model.totals.stars, scale)) })
        : t.t('chart.summaryStars', { stars: t.number(model.totals.stars) }),
    );
  if (model.totals.sentiment !== undefined) parts.push(t.t('chart.summarySentiment', { sentiment: signedNumber(t.number, model.totals.sentiment) }));
  if (model.totals.ratingFrom !== undefined && model.totals.ratingTo !== undefined) {
    const figures = { from: t.number(onScale(model.totals.ratingFrom, scale)), to: t.number(onScale(model.totals.ratingTo, scale)) };
    parts.push(t.t(scale === 10 ? 'chart.summaryRatingScore' : 'chart.summaryRating', figures));
  }
  return t.join(parts, 'sentences');
}

// Days are UTC day starts: written in UTC so they never shift by a day in the owner's time zone.
const dayFormat = (t: Translator): Intl.DateTimeFormat => new Intl.DateTimeFormat(t.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** One period's figures, as the read-out under the chart says them ("12 Nov: 3 reviews, 1 negative · 3.7★ · …"). */
export function barReadout(t: Translator, bar: ChartBar, range: TrendRange, scale: ChartScale = 5): string {
  const format = dayFormat(t);
  const when = daysPerBar(range) > 1 && bar.to > bar.from ? format.formatRange(bar.from, bar.to) : format.format(bar.from);
  const parts = [t.t('chart.readout', { date: when, volume: bar.volume, negatives: bar.negatives })];
  if (bar.stars !== undefined)
    parts.push(
      scale === 10 ? t.t('chart.readoutScore', { score: t.number(onScale(bar.stars, scale)) }) : t.t('chart.readoutStars', { stars: t.number(bar.stars) }),
    );
  if (bar.sentiment !== undefined)
    parts.push(t.t('chart.readoutSentiment', { sentiment: t.number(bar.sentiment, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }) }));
  if (bar.rating !== undefined)
    parts.push(t.t(scale === 10 ? 'chart.readoutRatingScore' : 'chart.readoutRating', { rating: t.number(onScale(bar.rating, scale)) }));
  return parts.join(' · ');
}

function Plot({ model, range, scale }: { model: ChartModel; range: TrendRange; scale: ChartScale }) {
  const t = useI18n();
  const [active, setActive] = useState<number | null>(null);
  const last = model.bars.length - 1;
  const bar = active === null ? undefined : model.bars[Math.min(active, last)];
  const readout = bar ? barReadout(t, bar, range, scale) : t.t('chart.hint');
  const format = dayFormat(t);
  const label = (value: number): string => t.number(value, { signDisplay: 'exceptZero' });
  const point = (clientX: number, svg: SVGSVGElement): void => {
    const px = clientX - svg.getBoundingClientRect().left;
    let best = 0;
    model.bars.forEach((b, i) => {
      if (Math.abs(b.x + b.width / 2 - px) < Math.abs(model.bars[best]!.x + model.bars[best]!.width / 2 - px)) best = i;
    });
    setActive(best);
  };
  const onKey = (e: KeyboardEvent): void => {
    const now = active ?? last;
    const next =
      e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? now - 1
        : e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? now + 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setActive(Math.max(0, Math.min(last, next)));
  };
  const { stars, volume, plotLeft, width, height } = model;
  return (
    <>
      <div
        class="chart-plot"
        tabIndex={0}
        role="slider"
        aria-label={t.t('chart.periods')}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={active ?? last}
        aria-valuetext={bar ? readout : barReadout(t, model.bars[last]!, range, scale)}
        onKeyDown={onKey}
        onFocus={() => setActive((a) => a ?? last)}
        onBlur={() => setActive(null)}
        data-testid="chart-plot"
      >
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          data-testid="chart-svg"
          onPointerMove={(e) => point(e.clientX, e.currentTarget)}
          onPointerLeave={() => setActive(null)}
        >
          {/* Stars, 1–5, with the site's displayed rating. */}
          {model.starTicks.map((tick) => (
            <g key={`s${tick.value}`}>
              <line class="grid" x1={plotLeft} x2={width} y1={tick.at} y2={tick.at} />
              <text class="tick" x={plotLeft - 4} y={tick.at} text-anchor="end" dominant-baseline="middle">
                {scale === 10 ? t.number(onScale(tick.value, scale)) : `${t.number(tick.value)}★`}
              </text>
            </g>
          ))}
          {/* Sentiment, −1…+1, around its zero line. */}
          {model.sentimentTicks.map((tick) => (
            <g key={`m${tick.value}`}>
              <line class={tick.value === 0 ? 'axis' : 'grid'} x1={plotLeft} x2={width} y1={tick.at} y2={tick.at} />
              <text class="tick" x={plotLeft - 4} y={tick.at} text-anchor="end" dominant-baseline="middle">
                {label(tick.value)}
              </text>
            </g>
          ))}
          {/* Reviews per period, from zero to the busiest one. */}
          <line class="axis" x1={plotLeft} x2={width} y1={volume.bottom} y2={volume.bottom} />
          <text class="tick" x={plotLeft - 4} y={volume.top} text-anchor="end" dominant-baseline="hanging">
            {t.number(model.maxVolume)}
          </text>
          {bar ? <rect class="cursor" x={bar.x - 1} y={stars.top} width={bar.width + 2} height={volume.bottom - stars.top} /> : null}
          {model.bars.map((b) =>
            b.volume > 0 ? (
              <g key={b.from}>
                <rect class="bar" x={b.x} y={volume.bottom - b.height} width={b.width} height={b.height} />
                {b.negativeHeight > 0 ? (
                  <rect class="bar-negative" x={b.x} y={volume.bottom - b.negativeHeight} width={b.width} height={b.negativeHeight} />
                ) : null}
              </g>
            ) : null,
          )}
          {model.ratingPath ? <path class="line-rating" d={model.ratingPath} /> : null}
          {model.starsPath ? <path class="line-stars" d={model.starsPath} /> : null}
          {model.sentimentPath ? <path class="line-sentiment" d={model.sentimentPath} /> : null}
          {model.dateTicks.map((tick, i) => (
            <text
              key={tick.value}
              class="tick"
              x={tick.at}
              y={height - 2}
              text-anchor={i === 0 ? 'start' : i === model.dateTicks.length - 1 ? 'end' : 'middle'}
            >
              {format.format(tick.value)}
            </text>
          ))}
        </svg>
      </div>
      <p class="chart-readout" aria-hidden="true" data-testid="chart-readout">
        {readout}
      </p>
      <ul class="legend" aria-hidden="true">
        <li class="key-stars">{t.t('chart.stars')}</li>
        <li class="key-rating">{t.t('chart.rating')}</li>
        <li class="key-sentiment">{t.t('chart.sentiment')}</li>
        <li class="key-volume">{t.t('chart.volume')}</li>
        <li class="key-negatives">{t.t('chart.negatives')}</li>
      </ul>
    </>
  );
}

/** `scale` 10 when every site of the view scores on ten points (Booking): its figures are said on that scale. */
export function TrendChart({
  buckets,
  snapshots,
  now,
  scale = 5,
}: {
  buckets: readonly DayBucket[];
  snapshots: readonly SnapshotRecord[];
  now: number;
  scale?: ChartScale;
}) {
  const t = useI18n();
  const [range, setRange] = useState<TrendRange>(90);
  const model = useMemo(() => chartModel(trendSeries(buckets, snapshots, range, now), range), [buckets, snapshots, range, now]);
  const summary = chartSummary(t, model, range, scale);
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
      {model.enough ? (
        <Plot model={model} range={range} scale={scale} />
      ) : (
        <p class="note" data-testid="chart-empty">
          {t.t('chart.tooLittle', { range: t.t(`chart.range.${range}`), n: model.totals.volume, min: MIN_CHART_REVIEWS })}
        </p>
      )}
      <p class="muted small" data-testid="chart-summary">
        {summary}
      </p>
    </section>
  );
}
