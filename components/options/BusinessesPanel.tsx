import { httpsUrl } from '@/utils/urls';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { siteName } from '@/utils/sites/names';
import { businessTitle, type BusinessRecord, type BusinessRole } from '@/utils/store/schema';
import { escapeCloses, useMoveFocus } from '../focus';
import { useI18n } from '../i18n';

export interface BusinessRow {
  business: BusinessRecord;
  reviews: number;
}

export interface BusinessActions {
  setRole(key: string, role: BusinessRole | null): Promise<void>;
  /** Joins `key` with `other` (the same place on another site), or takes it out of its group (null). */
  setSameAs(key: string, other: string | null): Promise<void>;
  rename(key: string, name: string | null): Promise<void>;
  remove(key: string): Promise<void>;
}

function RenameForm({ business, onDone, actions }: { business: BusinessRecord; onDone(): void; actions: BusinessActions }) {
  const t = useI18n();
  const [value, setValue] = useState(business.displayName ?? '');
  const id = `rename-${business.key.replace(/[^\w-]/g, '_')}`;
  // The form opens with focus in its field; Escape cancels it.
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => field.current?.focus(), []);
  return (
    <form
      class="rename"
      onKeyDown={escapeCloses(onDone)}
      onSubmit={(e) => {
        e.preventDefault();
        void actions.rename(business.key, value.trim() || null).then(onDone);
      }}
    >
      <label for={id}>{t.t('options.rename.label', { name: business.name })}</label>
      <input ref={field} id={id} type="text" value={value} maxLength={300} placeholder={business.name} onInput={(e) => setValue(e.currentTarget.value)} />
      <small class="muted">{t.t('options.rename.hint')}</small>
      <span class="actions">
        <button type="submit" class="primary">
          {t.t('options.rename.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t.t('options.rename.cancel')}
        </button>
      </span>
    </form>
  );
}

function Row({ row, all, actions, now }: { row: BusinessRow; all: readonly BusinessRow[]; actions: BusinessActions; now: number }) {
  const t = useI18n();
  const { business } = row;
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  // Leaving the form or the confirmation gives focus back to the button that opened it.
  const moveFocus = useMoveFocus();
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const back = (to: typeof renameButton): void => {
    setMode('view');
    moveFocus(() => to.current);
  };
  useLayoutEffect(() => {
    if (mode === 'delete') cancelDelete.current?.focus();
  }, [mode]);
  const name = businessTitle(business);
  const groupMates = business.group ? all.filter((r) => r.business.group === business.group && r.business.key !== business.key) : [];
  return (
    <tr data-testid="business-row" data-key={business.key}>
      <th scope="row">
        {mode === 'rename' ? (
          <RenameForm business={business} actions={actions} onDone={() => back(renameButton)} />
        ) : (
          <>
            <a
              href={httpsUrl(business.url)}
              target="_blank"
              rel="noopener noreferrer"
              dir="auto"
              class="business-title"
              title={t.t('options.openPage', { name, site: siteName(business.site) })}
              data-testid="business-link"
            >
              {name}
            </a>
            <small class="muted block">
              {siteName(business.site)}
              {business.displayName ? (
                <>
                  {' · '}
                  <bdi>{business.name}</bdi>
                </>
              ) : null}
            </small>
          </>
        )}
      </th>
      <td>
        <select
          aria-label={`${t.t('options.col.role')}: ${name}`}
          value={business.role ?? ''}
          onChange={(e) => void actions.setRole(business.key, (e.currentTarget.value || null) as BusinessRole | null)}
          data-testid="role-select"
        >
          <option value="">{t.t('options.role.none')}</option>
          <option value="mine">{t.t('options.role.mine')}</option>
          <option value="competitor">{t.t('options.role.competitor')}</option>
        </select>
      </td>
      <td>
        <select
          aria-label={`${t.t('options.col.group')}: ${name}`}
          value={groupMates[0]?.business.key ?? ''}
          onChange={(e) => void actions.setSameAs(business.key, e.currentTarget.value || null)}
          data-testid="group-select"
        >
          <option value="">{t.t('options.group.none')}</option>
          {all
            .filter((r) => r.business.key !== business.key)
            .map((r) => (
              <option key={r.business.key} value={r.business.key}>
                {businessTitle(r.business)} · {siteName(r.business.site)}
              </option>
            ))}
        </select>
      </td>
      <td class="number">{t.number(row.reviews)}</td>
      <td class="checked">
        <a
          href={httpsUrl(business.url)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`${t.ago(business.lastCheckedAt, now)}: ${t.t('options.openChecked', { name, site: siteName(business.site) })}`}
          data-testid="checked-link"
        >
          <time dateTime={new Date(business.lastCheckedAt).toISOString()} title={t.date(business.lastCheckedAt, { dateStyle: 'medium', timeStyle: 'short' })}>
            {t.ago(business.lastCheckedAt, now)}
          </time>
        </a>
      </td>
      <td class="row-actions">
        {mode === 'delete' ? (
          <span role="alertdialog" aria-label={t.t('options.delete')} class="confirm" onKeyDown={escapeCloses(() => back(deleteButton))}>
            <span>{t.t('options.delete.confirm', { name, n: row.reviews })}</span>
            <button
              type="button"
              class="danger"
              // The row goes: focus moves to the table's title, and "… deleted." is announced.
              onClick={() => void actions.remove(business.key).then(() => document.getElementById('businesses-title')?.focus())}
              data-testid="delete-confirm"
            >
              {t.t('options.delete.yes')}
            </button>
            <button ref={cancelDelete} type="button" onClick={() => back(deleteButton)}>
              {t.t('options.cancel')}
            </button>
          </span>
        ) : mode === 'view' ? (
          <>
            <button ref={renameButton} type="button" onClick={() => setMode('rename')} aria-label={`${t.t('options.rename')}: ${name}`}>
              {t.t('options.rename')}
            </button>
            <button ref={deleteButton} type="button" onClick={() => setMode('delete')} aria-label={`${t.t('options.delete')}: ${name}`} data-testid="delete">
              {t.t('options.delete')}
            </button>
          </>
        ) : null}
      </td>
    </tr>
  );
}

export function BusinessesPanel({ rows, actions, now }: { rows: readonly BusinessRow[] | null; actions: BusinessActions; now: number }) {
  const t = useI18n();
  return (
    <section class="panel" aria-labelledby="businesses-title">
      <h2 id="businesses-title" tabIndex={-1}>
        {t.t('options.businesses')}
      </h2>
      {rows === null ? null : rows.length === 0 ? (
        <p class="muted">{t.t('options.businesses.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="businesses" data-testid="businesses">
            <thead>
              <tr>
                <th scope="col">{t.t('options.col.name')}</th>
                <th scope="col">{t.t('options.col.role')}</th>
                <th scope="col">{t.t('options.col.group')}</th>
                <th scope="col">{t.t('options.col.reviews')}</th>
                <th scope="col">{t.t('options.col.checked')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.t('options.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.business.key} row={row} all={rows} actions={actions} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
