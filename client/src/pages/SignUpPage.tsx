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

/** The shortest password the server takes (shared/src/access/api.ts). */
const MIN_PASSWORD = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Errors {
  name?: string;
  email?: string;
  password?: string;
  form?: string;
}

export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = nextPath(params.get('next'));
  const { account, signedIn } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  useDocumentTitle(t('auth.signUpTitle'));

  if (account !== null) return <Redirect to={next} replace />;

  function check(): Errors {
    return {
      ...(name.trim() === '' ? { name: t('auth.nameRequired') } : {}),
      ...(!EMAIL.test(email.trim()) ? { email: t('auth.emailInvalid') } : {}),
      ...(password.length < MIN_PASSWORD
        ? { password: t('auth.passwordTooShort', { count: MIN_PASSWORD }) }
        : {}),
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = check();
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    setBusy(true);
    try {
      signedIn(await sessionApi.signUp({ name: name.trim(), email: email.trim(), password }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) setErrors({ email: t('auth.emailTaken') });
      else setErrors({ form: describeError(failure, t) });
      setBusy(false);
    }
  }

  return (
    <div className="auth-page">
      <h1>{t('auth.signUpTitle')}</h1>
      <form ref={form} className="card auth-form" onSubmit={submit} noValidate>
        <FormField
          label={t('auth.name')}
          hint={t('auth.nameHint')}
          type="text"
          autoComplete="name"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          testId="signup-name"
        />
        <FormField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          testId="signup-email"
        />
        <FormField
          label={t('auth.password')}
          hint={t('auth.passwordHint', { count: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          maxLength={200}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          testId="signup-password"
        />
        <div role="alert">{errors.form && <p className="notice notice--error">{errors.form}</p>}</div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="signup-submit">
          {busy ? t('auth.signingUp') : t('auth.signUp')}
        </button>
      </form>
      <p className="auth-page__other">
        {t('auth.haveAccount')} <Link href={signInPath(next)}>{t('auth.signInLink')}</Link>
      </p>
    </div>
  );
}
