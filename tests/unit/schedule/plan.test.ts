/** When scheduled checks run and which pages they open, on a fake clock (local time of the machine). */
import { describe, expect, it } from 'vitest';
import { checkTargets, checkUrl, localDay, nextTimeOfDay, previousTimeOfDay, pageGap, PAGE_GAP, runAlarm, runIsDue } from '@/utils/schedule/plan';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/utils/settings';
import { siteById } from '@/utils/sites/registry';
import type { BusinessRecord } from '@/utils/store/schema';
import { HOUR, MINUTE } from '@/utils/time';

const at = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();
const NOW = at(2026, 11, 20, 14, 30);
const on = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, scheduleEnabled: true, ...patch });

function business(key: string, overrides: Partial<BusinessRecord> = {}): BusinessRecord {
  const [site, id] = key.split(':') as [BusinessRecord['site'], string];
  return {
    key,
    site,
    siteBusinessId: id,
    name: id,
    url: `https://www.yelp.com/biz/${id}`,
    firstSeenAt: 0,
    lastCheckedAt: NOW - 10 * HOUR,
    baselineVisitId: 'v',
    baselineAt: 0,
    lastVisitId: 'v',
    ...overrides,
  };
}

describe('the schedule’s settings', () => {
  it('are off by default, every 6 hours, mine only, every site, reminders after 7 days, no digest', () => {
    expect(normalizeSettings(undefined)).toMatchObject({
      scheduleEnabled: false,
      scheduleMode: 'interval',
      scheduleEveryHours: 6,
      scheduleCompetitors: false,
      scheduleSitesOff: [],
      reminderDays: 7,
      digestEnabled: false,
    });
  });

  it('keep hours within 1–24, a valid time of day and known sites only', () => {
    const s = normalizeSettings({ scheduleEveryHours: 25, scheduleDailyAt: '24:10', digestAt: '7:5', scheduleSitesOff: ['yelp', 'myspace', 3] });
    expect(s.scheduleEveryHours).toBe(6);
    expect(s.scheduleDailyAt).toBe('09:00');
    expect(s.digestAt).toBe('08:00');
    expect(s.scheduleSitesOff).toEqual(['yelp']);
    expect(normalizeSettings({ scheduleEveryHours: 1, scheduleDailyAt: '23:59' })).toMatchObject({ scheduleEveryHours: 1, scheduleDailyAt: '23:59' });
  });
});

describe('the run alarm', () => {
  it('is not set while checks are off', () => {
    expect(runAlarm(DEFAULT_SETTINGS, 0, NOW)).toBeNull();
  });

  it('fires one period after the checks were turned on, then one period after the last run', () => {
    expect(runAlarm(on({ scheduleEveryHours: 3 }), 0, NOW)).toEqual({ when: NOW + 3 * HOUR });
    expect(runAlarm(on({ scheduleEveryHours: 3 }), NOW - HOUR, NOW)).toEqual({ when: NOW + 2 * HOUR });
  });

  it('is never sooner than a minute away, even when a run is long overdue', () => {
    expect(runAlarm(on({ scheduleEveryHours: 1 }), NOW - 30 * HOUR, NOW)).toEqual({ when: NOW + MINUTE });
  });

  it('runs daily at the chosen local time: today if still ahead, else tomorrow', () => {
    expect(runAlarm(on({ scheduleMode: 'daily', scheduleDailyAt: '18:15' }), 0, NOW)).toEqual({ when: at(2026, 11, 20, 18, 15) });
    expect(runAlarm(on({ scheduleMode: 'daily', scheduleDailyAt: '09:00' }), 0, NOW)).toEqual({ when: at(2026, 11, 21, 9, 0) });
    expect(nextTimeOfDay('14:30', NOW)).toBe(at(2026, 11, 21, 14, 30));
  });

  it('counts a run as due a little early, but not twice in one period', () => {
    const s = on({ scheduleEveryHours: 6 });
    expect(runIsDue(s, 0, NOW)).toBe(true);
    expect(runIsDue(s, NOW - 6 * HOUR + 2 * MINUTE, NOW)).toBe(true);
    expect(runIsDue(s, NOW - HOUR, NOW)).toBe(false);
    expect(runIsDue({ ...s, scheduleEnabled: false }, 0, NOW)).toBe(false);
  });

  it('runs daily once the chosen time has come since the last run, by the calendar: a late run or a short day skips no day', () => {
    const daily = on({ scheduleMode: 'daily', scheduleDailyAt: '08:00' });
    // Yesterday's run came late (the browser opened at 10:00): today's 08:00 alarm, 22 h later, is due.
    expect(runIsDue(daily, at(2026, 11, 19, 10, 0), at(2026, 11, 20, 8, 0))).toBe(true);
    // An alarm a little early still counts; the same alarm firing twice does not run twice.
    expect(runIsDue(daily, at(2026, 11, 19, 8, 0), at(2026, 11, 20, 7, 58))).toBe(true);
    expect(runIsDue(daily, at(2026, 11, 20, 7, 58), at(2026, 11, 20, 8, 1))).toBe(false);
    // Ran today at 10:00 after a late start: not again before tomorrow's 08:00.
    expect(runIsDue(daily, at(2026, 11, 20, 10, 0), at(2026, 11, 20, 23, 0))).toBe(false);
    expect(previousTimeOfDay('08:00', at(2026, 11, 20, 7, 0))).toBe(at(2026, 11, 19, 8, 0));
  });
});

describe('the pages a run opens', () => {
  const stored = [
    business('yelp:mine-recent', { role: 'mine', lastCheckedAt: NOW - HOUR }),
    business('yelp:mine-old', { role: 'mine', lastCheckedAt: NOW - 50 * HOUR }),
    business('yelp:rival', { role: 'competitor', lastCheckedAt: NOW - 90 * HOUR }),
    business('yelp:unmarked'),
    business('google-maps:mine', {
      role: 'mine',
      url: 'https://www.google.com/maps/place/X/data=!4m5!3m4!1s0x1:0x2',
      lastCheckedAt: NOW - 2 * HOUR,
    }),
  ];

  it('are the owner’s, checked longest ago first; Yelp’s newest-first list', () => {
    const targets = checkTargets(stored, on(), {}, siteById);
    expect(targets.map((t) => t.businessKey)).toEqual(['yelp:mine-old', 'google-maps:mine', 'yelp:mine-recent']);
    expect(targets[0]!.url).toBe('https://www.yelp.com/biz/mine-old?sort_by=date_desc#reviews');
    expect(targets[1]!.url).toBe('https://www.google.com/maps/place/X/data=!4m5!3m4!1s0x1:0x2');
  });

  it('include competitors after the owner’s when asked, never unmarked businesses', () => {
    expect(checkTargets(stored, on({ scheduleCompetitors: true }), {}, siteById).map((t) => t.businessKey)).toEqual([
      'yelp:mine-old',
      'google-maps:mine',
      'yelp:mine-recent',
      'yelp:rival',
    ]);
  });

  it('leave out a site switched off and a site stopped by a check page; "Check now" for a site lifts both', () => {
    const stop = { yelp: { site: 'yelp' as const, at: NOW, reason: 'blocked' as const, businessKey: 'yelp:mine-old', url: '' } };
    expect(checkTargets(stored, on({ scheduleSitesOff: ['google-maps'] }), {}, siteById).map((t) => t.site)).toEqual(['yelp', 'yelp']);
    expect(checkTargets(stored, on(), stop, siteById).map((t) => t.businessKey)).toEqual(['google-maps:mine']);
    expect(checkTargets(stored, on({ scheduleSitesOff: ['yelp'] }), stop, siteById, { site: 'yelp' }).map((t) => t.businessKey)).toEqual([
      'yelp:mine-old',
      'yelp:mine-recent',
    ]);
  });

  it('only ever open https addresses', () => {
    expect(checkUrl(undefined, 'javascript:alert(1)')).toBeUndefined();
    expect(checkUrl(undefined, 'http://www.yelp.com/biz/x')).toBeUndefined();
    expect(checkUrl(undefined, 'not a url')).toBeUndefined();
  });

  it('are a few seconds apart, with jitter', () => {
    expect(pageGap(() => 0)).toBe(PAGE_GAP.min);
    expect(pageGap(() => 1)).toBe(PAGE_GAP.min + PAGE_GAP.jitter);
    const gaps = new Set([0.1, 0.5, 0.9].map((r) => pageGap(() => r)));
    expect(gaps.size).toBe(3);
  });

  it('name local days', () => {
    expect(localDay(at(2026, 1, 5, 23, 59))).toBe('2026-01-05');
  });
});
