/**
 * The popup's trend chart as plain geometry, in three bands that share the date axis and keep
 * their own scales: the star average of the reviews published (1–5★, with the rating the site
 * displayed as a dashed step line), their text sentiment (−1…+1 around a zero line), and review
 * volume as bars (negatives in their own colour). Each bar is also a period the owner can point
 * at or step through with the keyboard: `periods` carries its figures. A period with too few
 * reviews gets no chart at all (`enough` is false), so two reviews never draw a trend.
 * Hand-drawn SVG at one user unit per CSS pixel (text keeps its real size): no charting library,
 * one pass over at most 365 points. Pure.
 */
import type { TrendPoint, TrendRange } from '../reputation/trends';

export interface ChartBar {
  x: number;
  width: number;
  /** Height of the whole bar (all reviews) and of its negative part. */
  height: number;
  negativeHeight: number;
  from: number;
  /** Start of the last day the bar covers (epoch ms). */
  to: number;
  volume: number;
  negatives: number;
  /** Figures of the reviews published in the bar's days, for its read-out. */
  stars?: number;
  sentiment?: number;
  /** The site's displayed rating on the bar's last day. */
  rating?: number;
}

export interface ChartBand {
  top: number;
  bottom: number;
}

export interface ChartTick {
  /** Position on the band's axis (y for scales, x for dates). */
  at: number;
  value: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** Left edge of the plot (the scales' labels sit left of it). */
  plotLeft: number;
  stars: ChartBand;
  sentiment: ChartBand;
  volume: ChartBand;
  /** Kept for callers that draw the volume band's top line. */
  barsTop: number;
  bars: ChartBar[];
  /** SVG path data; empty when there is nothing to draw. */
  starsPath: string;
  sentimentPath: string;
  ratingPath: string;
  maxVolume: number;
  starTicks: ChartTick[];
  sentimentTicks: ChartTick[];
  /** Dates under the plot: the first day, the middle and the last day (epoch ms in `value`). */
  dateTicks: ChartTick[];
  /** Figures for the text alternative and the legend. */
  totals: { volume: number; negatives: number; stars?: number; sentiment?: number; ratingFrom?: number; ratingTo?: number };
  /** Enough reviews in the period for lines to mean something. */
  enough: boolean;
  /** Dates (epoch ms) of the first and last day shown. */
  from: number;
  to: number;
}

/** Fewer reviews than this in a period: no chart, a sentence saying so. */
export const MIN_CHART_REVIEWS = 3;

export const CHART_SIZE = {
  width: 340,
  plotLeft: 32,
  stars: { top: 8, bottom: 60 },
  sentiment: { top: 80, bottom: 118 },
  volume: { top: 130, bottom: 162 },
  /** Room under the plot for the dates (13 px text). */
  height: 182,
} as const;

/** Days per bar: daily for a month or a quarter, weekly for a year. */
export function daysPerBar(range: TrendRange): number {
  return range === 365 ? 7 : 1;
}

/** Days a point of the star and sentiment lines averages over, so single reviews do not zigzag. */
export function smoothingDays(range: TrendRange): number {
  return range === 30 ? 7 : range === 90 ? 14 : 30;
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

function pathOf(points: Array<[number, number] | null>): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(p[0])} ${round(p[1])}`;
    pen = true;
  }
  return d;
}

const DAY_MS = 86_400_000;

/** Average of a weighted field over some points; undefined when nothing is behind it. */
function weighted(
  points: readonly TrendPoint[],
  value: (p: TrendPoint) => number | undefined,
  weight: (p: TrendPoint) => number,
  digits: number,
): number | undefined {
  let sum = 0;
  let count = 0;
  for (const p of points) {
    const v = value(p);
    if (v === undefined) continue;
    sum += v * weight(p);
    count += weight(p);
  }
  if (count === 0) return undefined;
  const f = 10 ** digits;
  return Math.round((sum / count) * f) / f;
}

export function chartModel(points: readonly TrendPoint[], range: TrendRange): ChartModel {
  const { width, height, plotLeft, stars: starBand, sentiment: sentimentBand, volume: volumeBand } = CHART_SIZE;
  const plotWidth = width - plotLeft;
  const n = points.length;

  // Periods: one bar each, aligned on the last day so the newest bar is always a whole one.
  const per = daysPerBar(range);
  const groups: Array<{ start: number; days: TrendPoint[] }> = [];
  for (let end = n; end > 0; end -= per) groups.unshift({ start: Math.max(0, end - per), days: points.slice(Math.max(0, end - per), end) });
  const maxVolume = Math.max(1, ...groups.map(({ days }) => days.reduce((s, p) => s + p.volume, 0)));
  // Bars sit on their own days: a year's first, partial week is a narrow bar, not a whole one.
  const dayWidth = plotWidth / Math.max(1, n);
  const barScale = (volumeBand.bottom - volumeBand.top) / maxVolume;
  const bars: ChartBar[] = groups.map(({ start, days: g }) => {
    const volume = g.reduce((s, p) => s + p.volume, 0);
    const negatives = g.reduce((s, p) => s + p.negatives, 0);
    const span = g.length * dayWidth;
    const bar: ChartBar = {
      x: plotLeft + start * dayWidth + span * 0.15,
      width: Math.max(1, span * 0.7),
      height: volume * barScale,
      negativeHeight: negatives * barScale,
      from: g[0]!.day,
      to: g.at(-1)!.day,
      volume,
      negatives,
    };
    const barStars = weighted(
      g,
      (p) => p.stars,
      (p) => p.rated,
      1,
    );
    const barSentiment = weighted(
      g,
      (p) => p.sentiment,
      (p) => p.withSentiment,
      2,
    );
    if (barStars !== undefined) bar.stars = barStars;
    if (barSentiment !== undefined) bar.sentiment = barSentiment;
    if (g.at(-1)!.rating !== undefined) bar.rating = g.at(-1)!.rating;
    return bar;
  });

  // Lines run through the middle of each day's slot in daily charts, across the plot in weekly ones.
  const x = (i: number): number => (n <= 1 ? plotLeft + plotWidth / 2 : plotLeft + ((i + 0.5) / n) * plotWidth);
  const yStars = (s: number): number => starBand.bottom - ((s - 1) / 4) * (starBand.bottom - starBand.top);
  const ySentiment = (s: number): number => sentimentBand.bottom - ((s + 1) / 2) * (sentimentBand.bottom - sentimentBand.top);

  // Star and sentiment lines: trailing averages weighted by how many reviews each day had.
  const window = smoothingDays(range);
  const starLine: Array<[number, number] | null> = [];
  const sentimentLine: Array<[number, number] | null> = [];
  let starSum = 0;
  let starCount = 0;
  let sentimentSum = 0;
  let sentimentCount = 0;
  points.forEach((p, i) => {
    starSum += (p.stars ?? 0) * p.rated;
    starCount += p.rated;
    sentimentSum += (p.sentiment ?? 0) * p.withSentiment;
    sentimentCount += p.withSentiment;
    const old = points[i - window];
    if (old) {
      starSum -= (old.stars ?? 0) * old.rated;
      starCount -= old.rated;
      sentimentSum -= (old.sentiment ?? 0) * old.withSentiment;
      sentimentCount -= old.withSentiment;
    }
    starLine.push(starCount > 0 ? [x(i), yStars(starSum / starCount)] : null);
    sentimentLine.push(sentimentCount > 0 ? [x(i), ySentiment(sentimentSum / sentimentCount)] : null);
  });

  // The displayed rating: a step line, from the first day it is known.
  const rating: Array<[number, number] | null> = [];
  points.forEach((p, i) => {
    const previous = points[i - 1]?.rating;
    if (p.rating === undefined) return void rating.push(null);
    if (previous !== undefined && previous !== p.rating) rating.push([x(i), yStars(previous)]);
    rating.push([x(i), yStars(p.rating)]);
  });

  const totals: ChartModel['totals'] = {
    volume: bars.reduce((s, b) => s + b.volume, 0),
    negatives: bars.reduce((s, b) => s + b.negatives, 0),
  };
  const totalStars = weighted(
    points,
    (p) => p.stars,
    (p) => p.rated,
    1,
  );
  const totalSentiment = weighted(
    points,
    (p) => p.sentiment,
    (p) => p.withSentiment,
    2,
  );
  if (totalStars !== undefined) totals.stars = totalStars;
  if (totalSentiment !== undefined) totals.sentiment = totalSentiment;
  const rated = points.filter((p) => p.rating !== undefined);
  if (rated.length > 0) {
    totals.ratingFrom = rated[0]!.rating;
    totals.ratingTo = rated.at(-1)!.rating;
  }

  const from = points[0]?.day ?? 0;
  const to = points.at(-1)?.day ?? 0;
  const middle = from + Math.round((to - from) / DAY_MS / 2) * DAY_MS;
  const dateX = (day: number): number => (n === 0 ? plotLeft : x(Math.round((day - from) / DAY_MS)));
  return {
    width,
    height,
    plotLeft,
    stars: starBand,
    sentiment: sentimentBand,
    volume: volumeBand,
    barsTop: volumeBand.top,
    bars,
    starsPath: pathOf(starLine),
    sentimentPath: pathOf(sentimentLine),
    ratingPath: pathOf(rating),
    maxVolume,
    starTicks: [5, 3, 1].map((value) => ({ value, at: yStars(value) })),
    sentimentTicks: [1, 0, -1].map((value) => ({ value, at: ySentiment(value) })),
    dateTicks: n === 0 ? [] : [from, middle, to].map((value) => ({ value, at: dateX(value) })),
    totals,
    enough: totals.volume >= MIN_CHART_REVIEWS,
    from,
    to,
  };
}

/** The scale the chart speaks in: the site's own ten points when every site of the view has them (Booking), else stars. */
export type ChartScale = 5 | 10;

export function chartScale(businesses: ReadonlyArray<{ scale?: number }>): ChartScale {
  return businesses.length > 0 && businesses.every((b) => b.scale === 10) ? 10 : 5;
}
