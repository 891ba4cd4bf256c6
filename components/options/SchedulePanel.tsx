/**
 * Options: scheduled checks (issue 17) — the opt-in switch, when, which sites, reminders and the
 * digest, and each checked page's last run with a "Check now" button.
 */
import { useState } from 'preact/hooks';
import type { CheckRun } from '@/utils/schedule/types';
import { SETTING_LIMITS, TIME_OF_DAY, type Settings } from '@/utils/settings';
import { siteName } from '@/utils/sites/names';
import { SITE_IDS, type SiteId } from '@/utils/sites/types';
import { businessTitle, type BusinessRecord } from '@/utils/store/schema';
import { useI18n } from '../i18n';
import { KeepWhole } from '../KeepWhole';
import { useCheckRuns, useCheckStops } from '../useCheckRuns';

type Update = (patch: Partial<Settings>) => Promise<void>;

export interface ScheduleActions {
  /** Checks the site's pages now (and lifts a stop after a check page). */
  checkNow(site: SiteId): Promise<boolean>;
}

function Toggle({
  label,
  hint,
  checked,
  onChange,
  testId,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(value: boolean): void;
  testId: string;
}) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} data-testid={testId} />
      <span>
        {label}
        {hint ? <small class="muted">{hint}</small> : null}
      </span>
    </label>
  );
}

function WholeNumber({
  id,
  label,
  value,
  limits,
  onSave,
}: {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number };
  onSave(v: number): void;
}) {
  const t = useI18n();
  const [text, setText] = useState(String(value));
  const parsed = Number(text);
  const valid = /^\d+$/.test(text.trim()) && parsed >= limits.min && parsed <= limits.max;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={limits.min}
        max={limits.max}
        step={1}
        value={text}
        aria-invalid={!valid}
        data-testid={id}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={() => {
          if (valid && parsed !== value) onSave(parsed);
        }}
      />
      {valid ? null : (
        <small class="error" role="alert">
          {t.t('options.invalidNumber', limits)}
        </small>
      )}
    </div>
  );
}

function TimeOfDay({ id, label, value, onSave }: { id: string; label: string; value: string; onSave(v: string): void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        data-testid={id}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (TIME_OF_DAY.test(next)) onSave(next);
        }}
      />
    </div>
  );
}

function RunLine({ run, now }: { run: CheckRun | undefined; now: number }) {
  const t = useI18n();
  if (!run) return <span class="muted">{t.t('schedule.never')}</span>;
  const ago = t.ago(run.endedAt, now);
  const unsorted = run.result === 'captured' && run.sort === 'not-sorted';
  return (
    <span class={run.result === 'captured' && !unsorted ? '' : 'warning'}>
      <KeepWhole text={t.t(`schedule.result.${run.result}`, { ago, n: run.reviewsOnPage })} keep={[ago]} />
      {unsorted ? t.t('schedule.result.not-sorted') : ''}
    </span>
  );
}

export function SchedulePanel({
  settings,
  update,
  businesses,
  actions,
  now,
}: {
  settings: Settings;
  update: Update;
  businesses: readonly BusinessRecord[] | null;
  actions: ScheduleActions;
  now: number;
}) {
  const t = useI18n();
  const runs = useCheckRuns();
  const stops = useCheckStops();
  const [started, setStarted] = useState<{ site: SiteId; ok: boolean } | null>(null);
  const checked = (businesses ?? []).filter((b) => b.role === 'mine' || (b.role === 'competitor' && settings.scheduleCompetitors));
  const toggleSite = (site: SiteId, on: boolean): void => {
    const off = new Set(settings.scheduleSitesOff);
    if (on) off.delete(site);
    else off.add(site);
    void update({ scheduleSitesOff: SITE_IDS.filter((id) => off.has(id)) });
  };
  return (
    <section class="panel" aria-labelledby="schedule-title" data-testid="schedule">
      <h2 id="schedule-title">{t.t('schedule.title')}</h2>
      <Toggle
        label={t.t('schedule.enabled')}
        hint={t.t('schedule.enabled.hint')}
        checked={settings.scheduleEnabled}
        onChange={(v) => void update({ scheduleEnabled: v })}
        testId="schedule-enabled"
      />
      <fieldset disabled={!settings.scheduleEnabled}>
        <div class="field">
          <label for="schedule-mode">{t.t('schedule.mode')}</label>
          <select
            id="schedule-mode"
            value={settings.scheduleMode}
            data-testid="schedule-mode"
            onChange={(e) => void update({ scheduleMode: e.currentTarget.value === 'daily' ? 'daily' : 'interval' })}
          >
            <option value="interval">{t.t('schedule.mode.interval')}</option>
            <option value="daily">{t.t('schedule.mode.daily')}</option>
          </select>
        </div>
        {settings.scheduleMode === 'interval' ? (
          <WholeNumber
            id="schedule-hours"
            label={t.t('schedule.everyHours')}
            value={settings.scheduleEveryHours}
            limits={SETTING_LIMITS.scheduleEveryHours}
            onSave={(v) => void update({ scheduleEveryHours: v })}
          />
        ) : (
          <TimeOfDay id="schedule-at" label={t.t('schedule.dailyAt')} value={settings.scheduleDailyAt} onSave={(v) => void update({ scheduleDailyAt: v })} />
        )}
        <Toggle
          label={t.t('schedule.competitors')}
          checked={settings.scheduleCompetitors}
          onChange={(v) => void update({ scheduleCompetitors: v })}
          testId="schedule-competitors"
        />
        <fieldset class="sites">
          <legend>{t.t('schedule.sites')}</legend>
          {SITE_IDS.map((site) => (
            <Toggle
              key={site}
              label={siteName(site)}
              checked={!settings.scheduleSitesOff.includes(site)}
              onChange={(v) => toggleSite(site, v)}
              testId={`schedule-site-${site}`}
            />
          ))}
        </fieldset>
      </fieldset>
      <WholeNumber
        id="reminder-days"
        label={t.t('schedule.reminderDays')}
        value={settings.reminderDays}
        limits={SETTING_LIMITS.reminderDays}
        onSave={(v) => void update({ reminderDays: v })}
      />
      <Toggle label={t.t('schedule.digest')} checked={settings.digestEnabled} onChange={(v) => void update({ digestEnabled: v })} testId="digest-enabled" />
      {settings.digestEnabled ? (
        <TimeOfDay id="digest-at" label={t.t('schedule.digestAt')} value={settings.digestAt} onSave={(v) => void update({ digestAt: v })} />
      ) : null}
      <h3>{t.t('schedule.runs')}</h3>
      {checked.length === 0 ? (
        <p class="muted">{t.t('schedule.runs.empty')}</p>
      ) : (
        <ul class="check-runs" data-testid="check-runs">
          {checked.map((b) => (
            <li key={b.key} data-testid={`check-run-${b.key}`}>
              <strong>{siteName(b.site)}</strong> · {businessTitle(b)}
              {settings.scheduleSitesOff.includes(b.site) ? ` (${t.t('schedule.off')})` : ''}:{' '}
              <span data-testid="check-result">
                <RunLine run={runs[b.key]} now={now} />
              </span>{' '}
              <button
                type="button"
                aria-label={t.t('schedule.checkNow.label', { site: siteName(b.site) })}
                data-testid={`check-now-${b.key}`}
                class={stops[b.site] ? 'primary' : ''}
                onClick={() => {
                  void actions.checkNow(b.site).then((ok) => setStarted({ site: b.site, ok }));
                }}
              >
                {t.t('schedule.checkNow')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {started ? t.t(started.ok ? 'schedule.checkNow.started' : 'schedule.checkNow.nothing', { site: siteName(started.site) }) : ''}
      </p>
    </section>
  );
}
