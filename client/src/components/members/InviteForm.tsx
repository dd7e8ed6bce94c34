import { type Invite, ROLES, type Role } from '@minutes/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { type MemberScope, membersApi } from '../../api/membersApi';
import { CopyableUrl } from '../CopyableUrl';
import { ExpirySelect, INVITE_EXPIRIES } from '../ExpirySelect';
import { RoleSelect } from './RoleSelect';

/** Makes an invite link for a role; the link is shown once, to copy and send. */
export function InviteForm({ scope }: { scope: MemberScope }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('participant');
  const [expiry, setExpiry] = useState<number | null>(INVITE_EXPIRIES[1]);
  const [invite, setInvite] = useState<Invite | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setInvite(await membersApi.invite(scope, role, expiry ?? INVITE_EXPIRIES[1]));
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card protocol__section" aria-labelledby={headingId} data-testid="invite-form">
      <h2 id={headingId}>{t('invites.heading')}</h2>
      <p className="field-hint">{t(scope.kind === 'series' ? 'invites.introSeries' : 'invites.intro')}</p>
      <form className="inline-form" onSubmit={create} noValidate>
        <RoleSelect
          label={t('invites.role')}
          visibleLabel
          roles={ROLES}
          value={role}
          onChange={setRole}
          testId="invite-role"
        />
        <ExpirySelect
          label={t('invites.expiry')}
          choices={INVITE_EXPIRIES}
          value={expiry}
          onChange={setExpiry}
          testId="invite-expiry"
        />
        <button type="submit" className="button button--primary" disabled={busy} data-testid="invite-create">
          {t('invites.create')}
        </button>
      </form>
      {invite && (
        <CopyableUrl
          label={t('invites.newLink', { role: t(`roles.${invite.role}`).toLowerCase() })}
          path={invite.path}
          testId="invite-url"
        />
      )}
      <div role="alert">{error && <p className="field-error">{error}</p>}</div>
    </section>
  );
}
