import { useState } from 'preact/hooks';
import type { AlertSeverity } from '@/utils/reviews/rules';
import { SETTING_LIMITS, type Settings, type UiLanguage } from '@/utils/settings';
import { useI18n } from '../i18n';
import { PositiveNotesSetting } from './PositiveNotesSetting';

type Update = (patch: Partial<Settings>) => Promise<void>;

/** A whole-number setting: saved when valid, with the allowed range said when not. */
function NumberSetting({
  id,
  label,
  hint,
  value,
  limits,
  onSave,
}: {
  id: string;
  label: string;
  hint?: string;
  value: number;
  limits: { min: number; max: number };
  onSave(value: number): void;
}) {
  const t = useI18n();
  const [text, setText] = useState(String(value));
  // A value saved elsewhere (another tab, an import) replaces what is typed here.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid = /^\d+$/.test(text.trim()) && parsed >= limits.min && parsed <= limits.max;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={`${id}-help`}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={() => {
          if (valid && parsed !== value) onSave(parsed);
        }}
      />
      <small id={`${id}-help`} class={valid ? 'muted' : 'error'} role={valid ? undefined : 'alert'}>
        {valid ? (hint ?? '') : t.t('options.invalidNumber', limits)}
      </small>
    </div>
  );
}

function Check({
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
  testId?: string;
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

export function AlertsPanel({ settings, update }: { settings: Settings; update: Update }) {
  const t = useI18n();
  return (
    <section class="panel" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t.t('options.alerts')}</h2>
      <div class="field">
        <label for="min-severity">{t.t('options.minSeverity')}</label>
        <select
          id="min-severity"
          value={settings.minSeverity}
          onChange={(e) => void update({ minSeverity: e.currentTarget.value as AlertSeverity })}
          data-testid="min-severity"
        >
          <option value="medium">{t.t('options.severity.medium')}</option>
          <option value="high">{t.t('options.severity.high')}</option>
          <option value="critical">{t.t('options.severity.critical')}</option>
        </select>
      </div>
      <Check
        label={t.t('options.alertCompetitors')}
        checked={settings.alertCompetitors}
        onChange={(v) => void update({ alertCompetitors: v })}
        testId="alert-competitors"
      />
      <NumberSetting
        id="unanswered-days"
        label={t.t('options.unansweredDays')}
        value={settings.unansweredDays}
        limits={SETTING_LIMITS.unansweredDays}
        onSave={(v) => void update({ unansweredDays: v })}
      />
      <NumberSetting
        id="stale-after-days"
        label={t.t('options.staleAfterDays')}
        value={settings.staleAfterDays}
        limits={SETTING_LIMITS.staleAfterDays}
        onSave={(v) => void update({ staleAfterDays: v })}
      />
    </section>
  );
}

export function GeneralPanel({ settings, update, browserLanguage }: { settings: Settings; update: Update; browserLanguage: string }) {
  const t = useI18n();
  return (
    <section class="panel" aria-labelledby="general-title">
      <h2 id="general-title">{t.t('options.general')}</h2>
      <div class="field">
        <label for="ui-language">{t.t('options.language')}</label>
        <select
          id="ui-language"
          value={settings.uiLanguage}
          onChange={(e) => void update({ uiLanguage: e.currentTarget.value as UiLanguage })}
          data-testid="ui-language"
        >
          <option value="auto">
            {t.t('options.language.auto')} ({browserLanguage})
          </option>
          {/* Each language is named in itself, so it can be found whatever the current one is. */}
          <option value="en" lang="en">
            English
          </option>
          <option value="ru" lang="ru">
            Русский
          </option>
          <option value="zh" lang="zh">
            中文
          </option>
        </select>
      </div>
      <NumberSetting
        id="retention-days"
        label={t.t('options.retention')}
        hint={t.t('options.retention.hint')}
        value={settings.retentionDays}
        limits={SETTING_LIMITS.retentionDays}
        onSave={(v) => void update({ retentionDays: v })}
      />
      <h3>{t.t('options.capture')}</h3>
      <Check
        label={t.t('options.autoExpand')}
        hint={t.t('options.autoExpand.hint')}
        checked={settings.autoExpand}
        onChange={(v) => void update({ autoExpand: v })}
        testId="auto-expand"
      />
      <Check
        label={t.t('options.onPageNotes')}
        hint={t.t('options.onPageNotes.hint')}
        checked={settings.onPageNotes}
        onChange={(v) => void update({ onPageNotes: v })}
        testId="on-page-notes"
      />
      <PositiveNotesSetting settings={settings} update={update} />
    </section>
  );
}
