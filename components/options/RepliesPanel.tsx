import { useEffect, useState } from 'preact/hooks';
import { loadOwnReplies, OWN_LIMITS, REPLY_TOPICS, saveOwnReplies, type OwnReplies } from '@/utils/replies/own';
import { REPLY_LANGUAGES, type ReplyLanguage, type ReplyTopic } from '@/utils/replies/templates';
import type { Translator } from '@/utils/i18n';
import { capitalized } from '@/utils/i18n/case';
import { useI18n } from '../i18n';

/** A theme's name as a label: "Waiting time", "Время ожидания". */
function topicLabel(t: Translator, topic: ReplyTopic): string {
  const name = topic === 'general' ? t.t('options.replies.topic.general') : t.t(`theme.${topic}`);
  return capitalized(t, name);
}

/** The owner's signature and own templates per complaint theme and language, used by the popup's reply drafts. */
export function RepliesPanel() {
  const t = useI18n();
  const [own, setOwn] = useState<OwnReplies | null>(null);
  const [signature, setSignature] = useState('');
  const [topic, setTopic] = useState<ReplyTopic>('waiting');
  const [lang, setLang] = useState<ReplyLanguage>(t.locale);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    void loadOwnReplies().then((loaded) => {
      setOwn(loaded);
      setSignature(loaded.signature);
      setText(loaded.templates.find((x) => x.topic === topic && x.lang === lang)?.text ?? '');
    });
  }, []);

  const pick = (nextTopic: ReplyTopic, nextLang: ReplyLanguage): void => {
    setTopic(nextTopic);
    setLang(nextLang);
    setText(own?.templates.find((x) => x.topic === nextTopic && x.lang === nextLang)?.text ?? '');
  };
  const save = async (change: (current: OwnReplies) => OwnReplies, done: string): Promise<void> => {
    try {
      const next = await saveOwnReplies(change);
      setOwn(next);
      setStatus({ text: done });
    } catch (error) {
      setStatus({ text: t.t('options.replies.failed', { error: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };
  const named = (x: { topic: ReplyTopic; lang: ReplyLanguage }) => ({ topic: topicLabel(t, x.topic), lang: t.t(`language.${x.lang}`) });

  return (
    <section class="panel" aria-labelledby="replies-title" data-testid="replies-panel">
      <h2 id="replies-title">{t.t('options.replies')}</h2>
      <p class="muted">{t.t('options.replies.intro')}</p>
      {own ? (
        <>
          <div class="field">
            <label for="reply-signature">{t.t('options.replies.signature')}</label>
            <input
              id="reply-signature"
              type="text"
              maxLength={OWN_LIMITS.signature}
              value={signature}
              aria-describedby="reply-signature-help"
              onInput={(e) => setSignature(e.currentTarget.value)}
              data-testid="reply-signature"
            />
            <small id="reply-signature-help" class="muted">
              {t.t('options.replies.signature.hint')}
            </small>
          </div>
          <button
            type="button"
            onClick={() =>
              void save(
                (current) => ({ ...current, signature }),
                signature.trim() ? t.t('options.replies.savedSignature') : t.t('options.replies.clearedSignature'),
              )
            }
            data-testid="save-signature"
          >
            {t.t('options.replies.saveSignature')}
          </button>

          <h3 id="reply-templates-title" tabIndex={-1}>
            {t.t('options.replies.templates')}
          </h3>
          <div class="template-pick">
            <label class="field">
              <span>{t.t('options.replies.topic')}</span>
              <select value={topic} onChange={(e) => pick(e.currentTarget.value as ReplyTopic, lang)} data-testid="reply-topic">
                {REPLY_TOPICS.map((x) => (
                  <option key={x} value={x}>
                    {topicLabel(t, x)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t.t('options.replies.lang')}</span>
              <select value={lang} onChange={(e) => pick(topic, e.currentTarget.value as ReplyLanguage)} data-testid="reply-template-lang">
                {REPLY_LANGUAGES.map((x) => (
                  <option key={x} value={x}>
                    {capitalized(t, t.t(`language.${x}`))}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div class="field">
            <label for="reply-template-text">{t.t('options.replies.text')}</label>
            <textarea
              id="reply-template-text"
              rows={4}
              lang={lang}
              dir="auto"
              maxLength={OWN_LIMITS.template}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
              data-testid="reply-template-text"
            />
          </div>
          <button
            type="button"
            onClick={() =>
              text.trim()
                ? void save(
                    (current) => ({ ...current, templates: [...current.templates, { topic, lang, text }] }),
                    t.t('options.replies.savedTemplate', named({ topic, lang })),
                  )
                : setStatus({ text: t.t('options.replies.emptyTemplate'), error: true })
            }
            data-testid="save-template"
          >
            {t.t('options.replies.saveTemplate')}
          </button>
          {own.templates.length === 0 ? (
            <p class="muted">{t.t('options.replies.none')}</p>
          ) : (
            <ul class="own-templates" data-testid="reply-templates">
              {own.templates.map((x) => (
                <li key={`${x.topic}:${x.lang}`}>
                  <strong>
                    {named(x).topic} · {named(x).lang}
                  </strong>
                  <span class="own-template-text" lang={x.lang} dir="auto">
                    {x.text}
                  </span>
                  <button
                    type="button"
                    class="link"
                    aria-label={t.t('options.replies.deleteLabel', named(x))}
                    onClick={() =>
                      void save(
                        (current) => ({ ...current, templates: current.templates.filter((y) => y.topic !== x.topic || y.lang !== x.lang) }),
                        t.t('options.replies.deletedTemplate', named(x)),
                      ).then(() => {
                        if (x.topic === topic && x.lang === lang) setText('');
                        // The deleted entry's button is gone: focus rests on the list's title.
                        document.getElementById('reply-templates-title')?.focus();
                      })
                    }
                  >
                    {t.t('options.replies.delete')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      <p class={status?.error ? 'saved-note error' : 'saved-note'} role="status" data-testid="replies-status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
