/**
 * The one alarm router: every alarm the extension sets, by name, and what its firing runs. A new
 * feature that needs a timer (sync, say) adds its name and handler here; names start with `rs-`.
 * Alarms outlive the worker, so every handler reads what it needs from storage.
 */
import { NOTICE_ALARM, showDueNotices } from './schedule-notices';
import { onScheduleAlarm, RUN_ALARM, STEP_ALARM } from './schedule';
import { onSyncAlarm, SYNC_ALARM, SYNC_SOON_ALARM } from './sync';

export type AlarmHandler = (now: number) => Promise<unknown>;

export const ALARMS: Readonly<Record<string, AlarmHandler>> = {
  /** Scheduled checks: a run is due. */
  [RUN_ALARM]: () => onScheduleAlarm(RUN_ALARM),
  /** Scheduled checks: carries a run on if the worker was stopped between two pages. */
  [STEP_ALARM]: () => onScheduleAlarm(STEP_ALARM),
  /** Reminders and the daily digest, looked at every 30 minutes. */
  [NOTICE_ALARM]: (now) => showDueNotices(now),
  /** Sync with the owner's server (when turned on): every 15 minutes… */
  [SYNC_ALARM]: () => onSyncAlarm(),
  /** …and once captures have settled. */
  [SYNC_SOON_ALARM]: () => onSyncAlarm(),
};

/** Runs the handler of an alarm that fired; an unknown name (an alarm of an older version) is ignored. */
export function routeAlarm(name: string, now: number, table: Readonly<Record<string, AlarmHandler>> = ALARMS): Promise<unknown> {
  const handler = Object.hasOwn(table, name) ? table[name] : undefined;
  return handler ? handler(now) : Promise.resolve(undefined);
}
