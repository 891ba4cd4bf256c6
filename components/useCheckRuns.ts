/** The scheduled checks' records (last run per business, stopped sites), kept up to date while a page is open. */
import { useEffect, useState } from 'preact/hooks';
import type { CheckRun, SiteStop } from '@/utils/schedule/types';
import type { SiteId } from '@/utils/sites/types';
import { checkRunsItem, checkStopsItem } from '@/utils/storage-items';

export function useCheckRuns(): Record<string, CheckRun> {
  const [runs, setRuns] = useState<Record<string, CheckRun>>({});
  useEffect(() => {
    void checkRunsItem
      .getValue()
      .then(setRuns)
      .catch(() => undefined);
    return checkRunsItem.watch((next) => setRuns(next ?? {}));
  }, []);
  return runs;
}

export function useCheckStops(): Partial<Record<SiteId, SiteStop>> {
  const [stops, setStops] = useState<Partial<Record<SiteId, SiteStop>>>({});
  useEffect(() => {
    void checkStopsItem
      .getValue()
      .then(setStops)
      .catch(() => undefined);
    return checkStopsItem.watch((next) => setStops(next ?? {}));
  }, []);
  return stops;
}
