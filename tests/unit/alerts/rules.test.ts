import { describe, expect, it } from 'vitest';
import { businessAlerts, DEFAULT_ALERT_SETTINGS, deservesAlert } from '@/utils/alerts/rules';
import { DAY } from '@/utils/time';

describe('which businesses alert', () => {
  it('alerts for every business until one is marked mine, then only for mine (and competitors when asked)', () => {
    expect(businessAlerts(undefined, false, DEFAULT_ALERT_SETTINGS)).toBe(true);
    expect(businessAlerts(undefined, true, DEFAULT_ALERT_SETTINGS)).toBe(false);
    expect(businessAlerts('mine', true, DEFAULT_ALERT_SETTINGS)).toBe(true);
    expect(businessAlerts('competitor', true, DEFAULT_ALERT_SETTINGS)).toBe(false);
    expect(businessAlerts('competitor', true, { ...DEFAULT_ALERT_SETTINGS, alertCompetitors: true })).toBe(true);
  });
});

describe('which newly seen review deserves a notification', () => {
  const baselineAt = Date.UTC(2026, 10, 1);
  it('a negative that is news and severe enough', () => {
    expect(deservesAlert({ negative: 1, rating: 1, publishedAt: baselineAt + DAY, datePrecision: 'day' }, baselineAt, 'medium')).toBe(true);
    expect(deservesAlert({ negative: 1 }, baselineAt, 'medium')).toBe(true);
  });
  it('not a review that is not negative', () => {
    expect(deservesAlert({ negative: 0, rating: 3, publishedAt: baselineAt + DAY }, baselineAt, 'medium')).toBe(false);
  });
  it('not old history found by scrolling', () => {
    expect(deservesAlert({ negative: 1, rating: 1, publishedAt: baselineAt - 90 * DAY, datePrecision: 'day' }, baselineAt, 'medium')).toBe(false);
  });
  it('not below the owner’s minimum severity', () => {
    expect(deservesAlert({ negative: 1, rating: 2 }, baselineAt, 'critical')).toBe(false);
    expect(deservesAlert({ negative: 1, rating: 1 }, baselineAt, 'critical')).toBe(true);
  });
});
