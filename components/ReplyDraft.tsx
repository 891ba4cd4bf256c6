import { useMemo, useState } from 'preact/hooks';
import { draftReply, replyLanguage } from '@/utils/replies/drafts';
import { REPLY_LANGUAGES, type ReplyLanguage } from '@/utils/replies/templates';
import { siteName } from '@/utils/sites/names';
import type { ReviewRecord } from '@/utils/store/schema';
import { useI18n } from './i18n';

export interface ReplyDraftProps {
  review: ReviewRecord;
  businessName: string;
  onClose(): void;
}

/** An editable reply in the review's language, copied to the clipboard for the owner to post. */
export function ReplyDraft({ review, businessName, onClose }: ReplyDraftProps) {
  const t = useI18n();
  const input = useMemo(
    () => ({
      author: review.author,
      lang: review.lang,
      analysis: review.analysis,
      businessName,
      fallback: (t.locale === 'en' ? 'en' : t.locale) as ReplyLanguage,
    }),
    [review, businessName, t.locale],
  );
  const [language, setLanguage] = useState<ReplyLanguage>(() => replyLanguage(input));
  const [text, setText] = useState(() => draftReply(input, language).text);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = `reply-${review.key.replace(/[^\w-]/g, '_')}`;

  const changeLanguage = (next: ReplyLanguage): void => {
    setLanguage(next);
    setText(draftReply(input, next).text);
    setStatus('idle');
  };
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div class="reply-draft" role="group" aria-labelledby={`${id}-title`} data-testid="reply-draft">
      <div class="reply-head">
        <strong id={`${id}-title`} dir="auto">
          {t.t('reply.title', { author: review.author })}
        </strong>
        <label class="inline-field">
          <span>{t.t('reply.language')}</span>
          <select value={language} onChange={(e) => changeLanguage(e.currentTarget.value as ReplyLanguage)} data-testid="reply-language">
            {REPLY_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t.t(`language.${lang}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        id={id}
        rows={7}
        dir="auto"
        lang={language}
        aria-label={t.t('reply.title', { author: review.author })}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setStatus('idle');
        }}
        data-testid="reply-text"
      />
      <p class="muted small">{t.t('reply.hint')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void copy()} data-testid="reply-copy">
          {t.t('reply.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t.t('reply.close')}
        </button>
      </div>
      {status !== 'idle' ? (
        <p class={status === 'failed' ? 'note note-warn' : 'note'} role="status">
          {status === 'copied' ? t.t('reply.copied', { site: siteName(review.site) }) : t.t('reply.copyFailed')}
        </p>
      ) : null}
    </div>
  );
}
