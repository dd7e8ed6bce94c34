import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** What confirming does, asked before it happens. */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  primary?: boolean;
  small?: boolean;
  disabled?: boolean;
  testId?: string;
}

/** A button for something that cannot be undone at a click: it asks first, in place, and keeps focus sensible. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  primary = false,
  small = false,
  disabled = false,
  testId,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'asking' | 'busy'>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'asking') confirmRef.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [step]);

  const size = small ? ' button--small' : '';
  if (step === 'idle') {
    return (
      <button
        ref={startRef}
        type="button"
        className={`button${primary ? ' button--primary' : ''}${size}`}
        disabled={disabled}
        data-testid={testId}
        onClick={() => setStep('asking')}
      >
        {label}
      </button>
    );
  }

  async function confirm() {
    setStep('busy');
    try {
      await onConfirm();
    } finally {
      returnFocus.current = true;
      setStep('idle');
    }
  }

  return (
    <fieldset className="confirm">
      <legend className="confirm__question">{question}</legend>
      <div className="confirm__buttons">
        <button
          ref={confirmRef}
          type="button"
          className={`button button--primary${size}`}
          disabled={step === 'busy'}
          data-testid={testId && `${testId}-confirm`}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className={`button${size}`}
          disabled={step === 'busy'}
          onClick={() => {
            returnFocus.current = true;
            setStep('idle');
          }}
        >
          {t('confirm.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
