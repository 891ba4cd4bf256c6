/**
 * The owner's settings, kept in `storage.local`. Reading always yields a complete, valid
 * object: unknown or broken values fall back to the defaults.
 */
import type { AlertSeverity } from './reviews/rules';
import { SITE_IDS, type SiteId } from './sites/types';
import { settingsItem } from './storage-items';

export type UiLanguage = 'auto' | 'en' | 'ru' | 'zh';

export interface Settings {
  alertCompetitors: boolean;
  minSeverity: AlertSeverity;
  /** Businesses never marked as mine or competitor are deleted after this many days without a visit. */
  retentionDays: number;
  uiLanguage: UiLanguage;
  /** Click "More" on truncated reviews automatically so their full text is captured. */
  autoExpand: boolean;
  /** Show the small notes on review cards on the sites. */
  onPageNotes: boolean;
  /** What a positive review's note is: a quiet mark (its tone only) or nothing. */
  positiveNotes: 'quiet' | 'none';
  /** Leave reviewer names out of exports. */
  hideNamesInExport: boolean;
  /** A negative review without a reply becomes a risk after this many days. */
  unansweredDays: number;
  /** Scheduled checks (issue 17): the browser opens the owner's review pages by itself. Off by default. */
  scheduleEnabled: boolean;
  /** Every `scheduleEveryHours` hours, or once a day at `scheduleDailyAt` (local time, "HH:MM"). */
  scheduleMode: 'interval' | 'daily';
  scheduleEveryHours: number;
  scheduleDailyAt: string;
  /** Check competitors' pages too (only the owner's by default). */
  scheduleCompetitors: boolean;
  /** Sites the owner switched off for scheduled checks. */
  scheduleSitesOff: SiteId[];
  /** Remind when a site of a business marked mine was not checked for this many days (0: never). */
  reminderDays: number;
  /** A daily digest notification at `digestAt` (local time, "HH:MM"). */
  digestEnabled: boolean;
  digestAt: string;
  /** A site not checked for this many days is shown as stale, never as healthy. */
  staleAfterDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  alertCompetitors: false,
  minSeverity: 'medium',
  retentionDays: 90,
  uiLanguage: 'auto',
  autoExpand: false,
  onPageNotes: true,
  positiveNotes: 'quiet',
  hideNamesInExport: false,
  unansweredDays: 3,
  scheduleEnabled: false,
  scheduleMode: 'interval',
  scheduleEveryHours: 6,
  scheduleDailyAt: '09:00',
  scheduleCompetitors: false,
  scheduleSitesOff: [],
  reminderDays: 7,
  digestEnabled: false,
  digestAt: '08:00',
  staleAfterDays: 7,
};

/** Ranges of the number settings (the options page says them when a value is out of range). */
export const SETTING_LIMITS = {
  retentionDays: { min: 7, max: 3650 },
  unansweredDays: { min: 1, max: 60 },
  scheduleEveryHours: { min: 1, max: 24 },
  reminderDays: { min: 0, max: 60 },
  staleAfterDays: { min: 1, max: 90 },
} as const;

/** A local time of day, "HH:MM" (24 hours). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

function wholeNumber(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : fallback;
}

function timeOfDay(value: unknown, fallback: string): string {
  return typeof value === 'string' && TIME_OF_DAY.test(value) ? value : fallback;
}

export function normalizeSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
  return {
    alertCompetitors: bool(s.alertCompetitors, DEFAULT_SETTINGS.alertCompetitors),
    minSeverity: s.minSeverity === 'high' || s.minSeverity === 'critical' || s.minSeverity === 'medium' ? s.minSeverity : DEFAULT_SETTINGS.minSeverity,
    retentionDays: wholeNumber(s.retentionDays, SETTING_LIMITS.retentionDays, DEFAULT_SETTINGS.retentionDays),
    uiLanguage: s.uiLanguage === 'en' || s.uiLanguage === 'ru' || s.uiLanguage === 'zh' ? s.uiLanguage : 'auto',
    autoExpand: bool(s.autoExpand, DEFAULT_SETTINGS.autoExpand),
    onPageNotes: bool(s.onPageNotes, DEFAULT_SETTINGS.onPageNotes),
    positiveNotes: s.positiveNotes === 'none' ? 'none' : 'quiet',
    hideNamesInExport: bool(s.hideNamesInExport, DEFAULT_SETTINGS.hideNamesInExport),
    unansweredDays: wholeNumber(s.unansweredDays, SETTING_LIMITS.unansweredDays, DEFAULT_SETTINGS.unansweredDays),
    scheduleEnabled: bool(s.scheduleEnabled, DEFAULT_SETTINGS.scheduleEnabled),
    scheduleMode: s.scheduleMode === 'daily' ? 'daily' : 'interval',
    scheduleEveryHours: wholeNumber(s.scheduleEveryHours, SETTING_LIMITS.scheduleEveryHours, DEFAULT_SETTINGS.scheduleEveryHours),
    scheduleDailyAt: timeOfDay(s.scheduleDailyAt, DEFAULT_SETTINGS.scheduleDailyAt),
    scheduleCompetitors: bool(s.scheduleCompetitors, DEFAULT_SETTINGS.scheduleCompetitors),
    scheduleSitesOff: Array.isArray(s.scheduleSitesOff) ? SITE_IDS.filter((id) => (s.scheduleSitesOff as unknown[]).includes(id)) : [],
    reminderDays: wholeNumber(s.reminderDays, SETTING_LIMITS.reminderDays, DEFAULT_SETTINGS.reminderDays),
    digestEnabled: bool(s.digestEnabled, DEFAULT_SETTINGS.digestEnabled),
    digestAt: timeOfDay(s.digestAt, DEFAULT_SETTINGS.digestAt),
    staleAfterDays: wholeNumber(s.staleAfterDays, SETTING_LIMITS.staleAfterDays, DEFAULT_SETTINGS.staleAfterDays),
  };
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

let saving: Promise<unknown> = Promise.resolve();

/** Saves a change; changes made in quick succession are applied one after the other, none lost. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = saving.then(async () => {
    const next = normalizeSettings({ ...(await loadSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  saving = run.catch(() => undefined);
  return run;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((next) => listener(normalizeSettings(next)));
}
