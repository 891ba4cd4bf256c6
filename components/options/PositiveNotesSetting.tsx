import type { Settings } from '@/utils/settings';
import { useI18n } from '../i18n';

/** What a positive review's on-page note is: a quiet mark (default) or none. */
export function PositiveNotesSetting({ settings, update }: { settings: Settings; update(patch: Partial<Settings>): Promise<void> }) {
  const t = useI18n();
  return (
    <div class="field">
      <label for="positive-notes">{t.t('options.positiveNotes')}</label>
      <select
        id="positive-notes"
        value={settings.positiveNotes}
        disabled={!settings.onPageNotes}
        aria-describedby="positive-notes-help"
        onChange={(e) => void update({ positiveNotes: e.currentTarget.value === 'none' ? 'none' : 'quiet' })}
        data-testid="positive-notes"
      >
        <option value="quiet">{t.t('options.positiveNotes.quiet')}</option>
        <option value="none">{t.t('options.positiveNotes.none')}</option>
      </select>
      <small id="positive-notes-help" class="muted">
        {t.t('options.positiveNotes.hint')}
      </small>
    </div>
  );
}
