import type { BusinessSummary } from '@/utils/reputation/summary';
import { Comparison } from './Comparison';
import { RatingMathLine } from './RatingMathLine';
import { TrendChart } from './TrendChart';
import { chartScale } from '@/utils/views/chart';

/** The parts of the business view below the fold, in their own chunk: rating math, the chart, the comparison. */
export function BelowTheFold({ summary, now, onOpen }: { summary: BusinessSummary; now: number; onOpen(key: string): void }) {
  return (
    <>
      <RatingMathLine math={summary.ratingMath} />
      <TrendChart buckets={summary.buckets} snapshots={summary.snapshots} now={now} scale={chartScale(summary.businesses)} />
      {summary.business.role ? <Comparison summary={summary} onOpen={onOpen} /> : null}
    </>
  );
}
