import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { describeError } from '../api/describeError';
import { useSession } from '../identity/useSession';

/** Who is signed in, and signing out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { account, signOut } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  if (account === null) return null;

  async function leave() {
    try {
      await signOut();
      navigate('/signin');
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <div className="account-menu">
      <span className="account-menu__name" data-testid="account-name">
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        {account.name}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="sign-out"
        onClick={() => void leave()}
      >
        {t('account.signOut')}
      </button>
      <div role="alert" className="account-menu__alert">
        {error && <p className="notice notice--error">{error}</p>}
      </div>
    </div>
  );
}
