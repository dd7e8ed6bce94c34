import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface NamePromptProps {
  initialName?: string;
  onSubmit: (name: string) => void;
  /** Given when the person already has a name and may keep it. */
  onCancel?: () => void;
}

export function NamePrompt({ initialName = '', onSubmit, onCancel }: NamePromptProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const headingId = useId();
  const changing = onCancel !== undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('name.required'));
      return;
    }
    onSubmit(name);
  }

  return (
    <section className="name-prompt" aria-labelledby={headingId}>
      <h2 id={headingId}>{changing ? t('name.change') : t('name.heading')}</h2>
      {!changing && <p>{t('name.intro')}</p>}
      <form className="name-prompt__form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{t('name.label')}</label>
        <div className="field-row">
          <input
            id={inputId}
            data-testid="name-input"
            type="text"
            autoComplete="name"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? errorId : undefined}
            // biome-ignore lint/a11y/noAutofocus: the name is the only thing to do on this screen.
            autoFocus
          />
          <button type="submit" className="button button--primary" data-testid="name-submit">
            {changing ? t('name.save') : t('name.submit')}
          </button>
          {changing && (
            <button type="button" className="button" onClick={onCancel}>
              {t('name.cancel')}
            </button>
          )}
        </div>
        <div role="alert">
          {error !== null && (
            <p id={errorId} className="field-error">
              {error}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
