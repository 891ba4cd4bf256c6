import { useEffect, useState } from 'preact/hooks';
import { loadStoreProblem, type StoreProblem } from '@/utils/store-problems';
import { useI18n } from './i18n';

/** Says so when the latest capture could not be saved (full storage, a broken database). */
export function StoreProblemNote() {
  const t = useI18n();
  const [problem, setProblem] = useState<StoreProblem | undefined>();
  useEffect(() => {
    void loadStoreProblem()
      .then(setProblem)
      .catch(() => undefined);
  }, []);
  if (!problem) return null;
  return (
    <p class="note note-warn" role="alert" data-testid="store-problem">
      {problem.kind === 'quota' ? t.t('problem.quota') : t.t('problem.other', { detail: problem.detail })}
    </p>
  );
}
