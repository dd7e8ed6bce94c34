import type { ShareLink } from '@minutes/shared';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { shareLinksApi } from '../../api/shareLinksApi';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { useMeetingContext } from '../../meeting/MeetingContext';
import { ConfirmButton } from '../ConfirmButton';
import { CopyableUrl } from '../CopyableUrl';
import { ExpirySelect, SHARE_LINK_EXPIRIES } from '../ExpirySelect';

const expired = (link: ShareLink) => link.expiresAt !== null && Date.parse(link.expiresAt) <= Date.now();

/** Links that let anyone read the published versions without an account: make one, list them, revoke. */
export function ShareLinks() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meeting } = useMeetingContext();
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [expiry, setExpiry] = useState<number | null>(SHARE_LINK_EXPIRIES[2]);
  const [created, setCreated] = useState<ShareLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const listHeadingId = useId();

  const load = useCallback(
    (signal?: AbortSignal) =>
      shareLinksApi.list(meeting.id, signal).then(setLinks, (failure: unknown) => {
        if (!signal?.aborted) setError(describeError(failure, t));
      }),
    [meeting.id, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await shareLinksApi.create(meeting.id, expiry));
      await load();
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(link: ShareLink) {
    setError(null);
    try {
      await shareLinksApi.revoke(meeting.id, link.id);
      if (created?.id === link.id) setCreated(null);
      setMessage(t('shareLinks.revoked'));
      await load();
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  const when = (iso: string) => formatDateTime(iso, language);
  return (
    <section className="card protocol__section" aria-labelledby={headingId} data-testid="share-links">
      <h2 id={headingId}>{t('shareLinks.heading')}</h2>
      <p className="field-hint">{t('shareLinks.intro')}</p>
      <form className="inline-form" onSubmit={create} noValidate>
        <ExpirySelect
          label={t('shareLinks.expiry')}
          choices={SHARE_LINK_EXPIRIES}
          value={expiry}
          onChange={setExpiry}
          testId="share-link-expiry"
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="share-link-create"
        >
          {t('shareLinks.create')}
        </button>
      </form>
      {created?.path && (
        <CopyableUrl label={t('shareLinks.newLink')} path={created.path} testId="share-link-url" />
      )}
      <h3 id={listHeadingId}>{t('shareLinks.listHeading')}</h3>
      {links !== null && links.length === 0 && <p className="muted">{t('shareLinks.none')}</p>}
      {links !== null && links.length > 0 && (
        <ul className="plain-list share-links__list" aria-labelledby={listHeadingId}>
          {links.map((link) => (
            <li key={link.id} className="plain-list__item share-link">
              <span>
                {t('shareLinks.created', { when: when(link.createdAt) })} ·{' '}
                {link.revokedAt
                  ? t('shareLinks.revokedAt', { when: when(link.revokedAt) })
                  : link.expiresAt
                    ? t(expired(link) ? 'shareLinks.expired' : 'shareLinks.expires', {
                        when: when(link.expiresAt),
                      })
                    : t('shareLinks.noExpiry')}
              </span>
              {link.revokedAt === null && !expired(link) && (
                <ConfirmButton
                  label={t('shareLinks.revoke')}
                  question={t('shareLinks.revokeQuestion')}
                  confirmLabel={t('shareLinks.revoke')}
                  onConfirm={() => revoke(link)}
                  small
                  testId="share-link-revoke"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="share-links__status">
        {message}
      </p>
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </section>
  );
}
