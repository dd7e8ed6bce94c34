import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useSearchParams } from 'wouter';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import { sessionApi } from '../api/sessionApi';
import { FormField } from '../components/FormField';
import { useFocusFirstInvalid } from '../components/useFocusFirstInvalid';
import { nextPath, signInPath } from '../identity/nextPath';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../useDocumentTitle';

interface Errors {
  email?: string;
  password?: string;
  form?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = nextPath(params.get('next'));
  const { account, signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  useDocumentTitle(t('auth.signInTitle'));

  if (account !== null) return <Redirect to={next} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Errors = {
      ...(email.trim() === '' ? { email: t('auth.emailRequired') } : {}),
      ...(password === '' ? { password: t('auth.passwordRequired') } : {}),
    };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      signedIn(await sessionApi.signIn({ email: email.trim(), password }));
    } catch (failure) {
      const wrong = failure instanceof ApiError && failure.status === 401;
      setErrors({ form: wrong ? t('auth.wrongCredentials') : describeError(failure, t) });
      setBusy(false);
    }
  }

  return (
    <div className="auth-page">
      <h1>{t('auth.signInTitle')}</h1>
      {params.get('next') !== null && <p>{t('auth.signInToContinue')}</p>}
      <form ref={form} className="card auth-form" onSubmit={submit} noValidate>
        <FormField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          testId="signin-email"
        />
        <FormField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          testId="signin-password"
        />
        <div role="alert">{errors.form && <p className="notice notice--error">{errors.form}</p>}</div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="signin-submit">
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      <p className="auth-page__other">
        {t('auth.noAccount')} <Link href={signInPath(next, '/signup')}>{t('auth.signUpLink')}</Link>
      </p>
    </div>
  );
}
