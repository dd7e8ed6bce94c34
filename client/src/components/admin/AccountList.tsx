import type { Account } from '@minutes/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accountsApi';
import { describeError } from '../../api/describeError';

/** Every account, with who is an admin. */
export function AccountList() {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingId = useId();

  useEffect(() => {
    const controller = new AbortController();
    accountsApi.list(controller.signal).then(setAccounts, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    });
    return () => controller.abort();
  }, []);

  return (
    <section className="card protocol__section" aria-labelledby={headingId} data-testid="admin-accounts">
      <h2 id={headingId}>{t('admin.accounts')}</h2>
      <div role="alert">
        {error !== null && <p className="notice notice--error">{describeError(error, t)}</p>}
      </div>
      {accounts === null && error === null && <p className="muted">{t('admin.loading')}</p>}
      {accounts !== null && (
        <table className="table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.email')}</th>
              <th scope="col">{t('admin.admin')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td className="table__email">{account.email}</td>
                <td>{account.admin ? t('admin.yes') : t('admin.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
