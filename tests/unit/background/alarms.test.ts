/** The one alarm router: each alarm the extension sets has its handler; another name runs nothing. */
import { describe, expect, it, vi } from 'vitest';
import { ALARMS, routeAlarm } from '@/utils/background/alarms';
import { NOTICE_ALARM } from '@/utils/background/schedule-notices';
import { RUN_ALARM, STEP_ALARM } from '@/utils/background/schedule';

describe('the alarm router', () => {
  it('knows every alarm the extension sets, each name prefixed rs-', () => {
    expect(Object.keys(ALARMS).sort()).toEqual([RUN_ALARM, STEP_ALARM, NOTICE_ALARM].sort());
    for (const name of Object.keys(ALARMS)) expect(name).toMatch(/^rs-/);
  });

  it('runs the handler of the alarm that fired, with the time, and nothing for an unknown or inherited name', async () => {
    const first = vi.fn(async () => 'first');
    const second = vi.fn(async () => 'second');
    const table = { 'rs-first': first, 'rs-second': second };
    expect(await routeAlarm('rs-second', 42, table)).toBe('second');
    expect(second).toHaveBeenCalledWith(42);
    expect(first).not.toHaveBeenCalled();
    expect(await routeAlarm('rs-old-alarm', 42, table)).toBeUndefined();
    expect(await routeAlarm('toString', 42, table)).toBeUndefined();
  });
});
