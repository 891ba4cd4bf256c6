import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftReply, replyLanguage, type DraftKind } from '@/utils/replies/drafts';
import { loadOwnReplies, NO_OWN_REPLIES, type OwnReplies } from '@/utils/replies/own';
import { REPLY_LANGUAGES, type ReplyLanguage } from '@/utils/replies/templates';
import { capitalized } from '@/utils/i18n/case';
import { siteName } from '@/utils/sites/names';
import type { ReviewRecord } from '@/utils/store/schema';
import { escapeCloses } from './focus';
import { useI18n } from './i18n';

export interface ReplyDraftProps {
  review: ReviewRecord;
  businessName: string;
  onClose(): void;
  /** Which kind of draft fits the review (see `DRAFTERS`). */
  kind?: DraftKind;
}

/** The draft's caret before its first word and its text scrolled to the top, so its greeting is what shows. */
export function atTop(box: HTMLTextAreaElement, focus: boolean): void {
  if (focus) box.focus();
  box.setSelectionRange(0, 0);
  box.scrollTop = 0;
}

/** An editable reply in the review's language, copied to the clipboard for the owner to post. */
export function ReplyDraft({ review, businessName, onClose, kind }: ReplyDraftProps) {
  const t = useI18n();
  const input = useMemo(
    () => ({
      author: review.author,
      lang: review.lang,
      analysis: review.analysis,
      businessName,
      fallback: (t.locale === 'en' ? 'en' : t.locale) as ReplyLanguage,
      text: [review.title, review.text].filter(Boolean).join('\n'),
    }),
    [review, businessName, t.locale],
  );
  const [language, setLanguage] = useState<ReplyLanguage>(() => replyLanguage(input));
  const [own, setOwn] = useState<OwnReplies | null>(null);
  const [text, setText] = useState('');
  // The owner's signature and templates first, then the draft (a few milliseconds; never a draft without them).
  useEffect(() => {
    let live = true;
    void loadOwnReplies()
      .catch(() => NO_OWN_REPLIES)
      .then((loaded) => {
        if (!live) return;
        setOwn(loaded);
        setText(draftReply(input, language, loaded, kind).text);
      });
    return () => {
      live = false;
    };
  }, []);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Opening a draft moves focus into it, onto the text to edit (Escape, or Close, gives it back),
  // at its top: the caret before the greeting and the greeting in view, not the sign-off.
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (own && box.current) atTop(box.current, true);
  }, [own !== null]);
  // A draft in another language is read from its greeting too.
  useLayoutEffect(() => {
    if (box.current) atTop(box.current, false);
  }, [language]);
  const id = `reply-${review.key.replace(/[^\w-]/g, '_')}`;

  const changeLanguage = (next: ReplyLanguage): void => {
    setLanguage(next);
    setText(draftReply(input, next, own ?? NO_OWN_REPLIES, kind).text);
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
    <div class="reply-draft" role="group" aria-labelledby={`${id}-title`} onKeyDown={escapeCloses(onClose)} data-testid="reply-draft">
      <div class="reply-head">
        <strong id={`${id}-title`} dir="auto">
          {t.t('reply.title', { author: review.author })}
        </strong>
        <label class="inline-field">
          <span>{t.t('reply.language')}</span>
          <select value={language} onChange={(e) => changeLanguage(e.currentTarget.value as ReplyLanguage)} data-testid="reply-language">
            {REPLY_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {capitalized(t, t.t(`language.${lang}`))}
              </option>
            ))}
          </select>
        </label>
      </div>
      {own ? (
        <textarea
          ref={box}
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
      ) : null}
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
