// @vitest-environment jsdom
/** Options, scheduled checks: each page's last run in the owner's words, and an honest word when a list could not be sorted newest first. */
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SchedulePanel } from '@/components/options/SchedulePanel';
import type { CheckRun } from '@/utils/schedule/types';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { checkRunsItem } from '@/utils/storage-items';
import type { BusinessRecord } from '@/utils/store/schema';
import { renderUi } from '../../support/render';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const place = (site: BusinessRecord['site'], key: string, name: string): BusinessRecord => ({
  key,
  site,
  siteBusinessId: key.split(':')[1]!,
  name,
  url: 'https://example.test/',
  role: 'mine',
  firstSeenAt: NOW - 86_400_000,
  lastCheckedAt: NOW - 600_000,
  baselineVisitId: 'v1',
  baselineAt: NOW - 86_400_000,
  lastVisitId: 'v2',
});
const YANDEX = place('yandex-maps', 'yandex-maps:1018907821', 'Кофейня «Брусника»');
const MAPS = place('google-maps', 'google-maps:0x1:0x2', 'Riverside Inn');
const run = (b: BusinessRecord, patch: Partial<CheckRun>): CheckRun => ({
  businessKey: b.key,
  site: b.site,
  startedAt: NOW - 120_000,
  endedAt: NOW - 110_000,
  result: 'captured',
  stored: 1,
  reviewsOnPage: 7,
  ...patch,
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('the last scheduled checks in options', () => {
  it('says when a captured list could not be sorted newest first, and not when it was', async () => {
    await checkRunsItem.setValue({ [YANDEX.key]: run(YANDEX, { sort: 'not-sorted' }), [MAPS.key]: run(MAPS, { sort: 'newest', reviewsOnPage: 10 }) });
    renderUi(
      <SchedulePanel
        settings={{ ...DEFAULT_SETTINGS, scheduleEnabled: true }}
        update={async () => undefined}
        businesses={[YANDEX, MAPS]}
        actions={{ checkNow: async () => true }}
        now={NOW}
      />,
    );
    const line = (b: BusinessRecord) => screen.getByTestId(`check-run-${b.key}`).querySelector('[data-testid="check-result"] span');
    await waitFor(() => expect(line(YANDEX)?.textContent).toMatch(/captured/));
    expect(line(YANDEX)?.textContent).toBe(
      '2 minutes ago: captured 7 reviews — could not sort them newest first, so newer reviews further down may be missing',
    );
    expect(line(YANDEX)?.className).toBe('warning');
    expect(line(MAPS)?.textContent).toBe('2 minutes ago: captured 10 reviews');
    expect(line(MAPS)?.className).toBe('');
  });

  it('says it in Russian too', async () => {
    await checkRunsItem.setValue({ [YANDEX.key]: run(YANDEX, { sort: 'not-sorted' }) });
    renderUi(
      <SchedulePanel settings={DEFAULT_SETTINGS} update={async () => undefined} businesses={[YANDEX]} actions={{ checkNow: async () => true }} now={NOW} />,
      'ru',
    );
    await waitFor(() => expect(screen.getByTestId(`check-run-${YANDEX.key}`).textContent).toMatch(/отсортировать по новизне не удалось/));
  });
});
