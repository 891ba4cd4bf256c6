/**
 * The popup's trend chart as plain geometry: bars for review volume (negatives in their own
 * colour), a line for the star average of the reviews published, a line for their text
 * sentiment, and a step line for the rating the site displayed. Hand-drawn SVG: no charting
 * library, a few hundred bytes of code, one pass over at most 365 points. Pure.
 */
import type { TrendPoint, TrendRange } from '../reputation/trends';

export interface ChartBar {
  x: number;
  width: number;
  /** Height of the whole bar (all reviews) and of its negative part. */
  height: number;
  negativeHeight: number;
  from: number;
  volume: number;
  negatives: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** Top of the volume band (bars grow up from `height`). */
  barsTop: number;
  bars: ChartBar[];
  /** SVG path data; empty when there is nothing to draw. */
  starsPath: string;
  sentimentPath: string;
  ratingPath: string;
  maxVolume: number;
  /** Figures for the text alternative and the legend. */
  totals: { volume: number; negatives: number; stars?: number; sentiment?: number; ratingFrom?: number; ratingTo?: number };
  /** Dates (epoch ms) of the first and last day shown. */
  from: number;
  to: number;
}

export const CHART_SIZE = { width: 356, height: 132, bandGap: 8, barsShare: 0.32 } as const;

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

export function chartModel(points: readonly TrendPoint[], range: TrendRange): ChartModel {
  const { width, height, bandGap, barsShare } = CHART_SIZE;
  const barsTop = height - height * barsShare;
  const linesBottom = barsTop - bandGap;
  const n = points.length;
  const x = (i: number): number => (n <= 1 ? width / 2 : (i / (n - 1)) * width);

  // Volume bars.
  const per = daysPerBar(range);
  const groups: TrendPoint[][] = [];
  // Bars are aligned on the last day, so the newest bar is always a whole one.
  for (let end = n; end > 0; end -= per) groups.unshift(points.slice(Math.max(0, end - per), end));
  const maxVolume = Math.max(1, ...groups.map((g) => g.reduce((s, p) => s + p.volume, 0)));
  const slot = width / Math.max(1, groups.length);
  const bars: ChartBar[] = groups.map((g, i) => {
    const volume = g.reduce((s, p) => s + p.volume, 0);
    const negatives = g.reduce((s, p) => s + p.negatives, 0);
    const scale = (height - barsTop) / maxVolume;
    return {
      x: i * slot + slot * 0.15,
      width: Math.max(1, slot * 0.7),
      height: volume * scale,
      negativeHeight: negatives * scale,
      from: g[0]!.day,
      volume,
      negatives,
    };
  });

  // Star and sentiment lines: trailing averages weighted by how many reviews each day had.
  const window = smoothingDays(range);
  const yStars = (stars: number): number => linesBottom - ((stars - 1) / 4) * linesBottom;
  const ySentiment = (s: number): number => linesBottom - ((s + 1) / 2) * linesBottom;
  const stars: Array<[number, number] | null> = [];
  const sentiment: Array<[number, number] | null> = [];
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
    stars.push(starCount > 0 ? [x(i), yStars(starSum / starCount)] : null);
    sentiment.push(sentimentCount > 0 ? [x(i), ySentiment(sentimentSum / sentimentCount)] : null);
  });

  // The displayed rating: a step line, from the first day it is known.
  const rating: Array<[number, number] | null> = [];
  points.forEach((p, i) => {
    const previous = points[i - 1]?.rating;
    if (p.rating === undefined) return void rating.push(null);
    if (previous !== undefined && previous !== p.rating) rating.push([x(i), yStars(previous)]);
    rating.push([x(i), yStars(p.rating)]);
  });

  let totalStars = 0;
  let totalRated = 0;
  let totalSentiment = 0;
  let totalWithSentiment = 0;
  for (const p of points) {
    totalStars += (p.stars ?? 0) * p.rated;
    totalRated += p.rated;
    totalSentiment += (p.sentiment ?? 0) * p.withSentiment;
    totalWithSentiment += p.withSentiment;
  }
  const rated = points.filter((p) => p.rating !== undefined);
  const totals: ChartModel['totals'] = {
    volume: bars.reduce((s, b) => s + b.volume, 0),
    negatives: bars.reduce((s, b) => s + b.negatives, 0),
  };
  if (totalRated > 0) totals.stars = Math.round((totalStars / totalRated) * 10) / 10;
  if (totalWithSentiment > 0) totals.sentiment = Math.round((totalSentiment / totalWithSentiment) * 100) / 100;
  if (rated.length > 0) {
    totals.ratingFrom = rated[0]!.rating;
    totals.ratingTo = rated.at(-1)!.rating;
  }
  return {
    width,
    height,
    barsTop,
    bars,
    starsPath: pathOf(stars),
    sentimentPath: pathOf(sentiment),
    ratingPath: pathOf(rating),
    maxVolume,
    totals,
    from: points[0]?.day ?? 0,
    to: points.at(-1)?.day ?? 0,
  };
}
