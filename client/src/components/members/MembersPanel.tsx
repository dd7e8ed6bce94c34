import { type Member, ROLES, type Role } from '@minutes/shared';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { type MemberScope, membersApi } from '../../api/membersApi';
import { ConfirmButton } from '../ConfirmButton';
import { InviteForm } from './InviteForm';
import { RoleSelect } from './RoleSelect';

interface MembersPanelProps {
  scope: MemberScope;
  /** A member was changed: the meeting's verifiers may be others now. */
  onChange?: () => void;
}

/**
 * The members of a meeting or a series with their roles: change a role, remove a member, invite
 * someone. Naming the verifiers is giving them the role Justerare. Members who come from the series
 * are changed in the series.
 */
export function MembersPanel({ scope, onChange }: MembersPanelProps) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const ownScope = scope.kind === 'meetings' ? 'meeting' : 'series';

  const { kind, id } = scope;
  const load = useCallback(
    (signal?: AbortSignal) =>
      membersApi.list({ kind, id }, signal).then(setMembers, (failure: unknown) => {
        if (!signal?.aborted) setError(describeError(failure, t));
      }),
    [kind, id, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function change(action: () => Promise<void>, done: string) {
    setError(null);
    try {
      await action();
      setMessage(done);
      await load();
      onChange?.();
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  const setRole = (member: Member, role: Role) =>
    change(
      () => membersApi.setRole(scope, member.account.id, role),
      t('members.roleChanged', { name: member.account.name, role: t(`roles.${role}`).toLowerCase() }),
    );
  const remove = (member: Member) =>
    change(
      () => membersApi.remove(scope, member.account.id),
      t('members.removed', { name: member.account.name }),
    );

  return (
    <div className="members" data-testid="members-panel">
      <section className="card protocol__section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('members.heading')}</h2>
        {scope.kind === 'meetings' && <p className="field-hint">{t('members.verifiersHint')}</p>}
        {members === null && error === null && <p className="muted">{t('members.loading')}</p>}
        {members !== null && members.length === 0 && <p className="muted">{t('members.none')}</p>}
        {members !== null && members.length > 0 && (
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={`${member.scope}-${member.account.id}`} data-testid="member-row">
                  <th scope="row">{member.account.name}</th>
                  <td className="table__email">{member.account.email}</td>
                  <td>
                    {member.scope === ownScope ? (
                      <RoleSelect
                        label={t('members.roleOf', { name: member.account.name })}
                        roles={ROLES}
                        value={member.role}
                        onChange={(role) => void setRole(member, role)}
                      />
                    ) : (
                      <>
                        {t(`roles.${member.role}`)} <span className="muted">({t('members.fromSeries')})</span>
                      </>
                    )}
                  </td>
                  <td>
                    {member.scope === ownScope && (
                      <ConfirmButton
                        label={t('members.remove')}
                        question={t('members.removeQuestion', { name: member.account.name })}
                        confirmLabel={t('members.remove')}
                        onConfirm={() => remove(member)}
                        small
                        testId="member-remove"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p role="status" className="members__status">
          {message}
        </p>
        <div role="alert">{error && <p className="field-error">{error}</p>}</div>
      </section>
      <InviteForm scope={scope} />
    </div>
  );
}
