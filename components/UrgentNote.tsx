import { urgentCategoryText } from '@/utils/alerts/urgent-text';
import type { UrgentSignal } from '@/utils/analysis/types';
import { useI18n } from './i18n';

/** "Urgent: health & safety" and the review's own words that made it urgent. */
export function UrgentNote({ urgent, lang }: { urgent: UrgentSignal; lang?: string | undefined }) {
  const t = useI18n();
  return (
    <p class="urgent-note" data-testid="urgent-note">
      <span class="chip chip-urgent" data-testid="urgent-chip">
        {t.t('urgent.chip', { category: urgentCategoryText(t, urgent.category) })}
      </span>
      <span class="urgent-evidence" dir="auto" lang={lang} data-testid="urgent-evidence">
        {t.t('urgent.evidence', { evidence: urgent.evidence })}
      </span>
    </p>
  );
}
