import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyableUrlProps {
  label: string;
  path: string;
  /** What to keep in mind about the address; by default, that it is shown only now. */
  hint?: string;
  /** Said once it is copied. */
  copiedText?: string;
  testId?: string;
}

/** An address to copy: in full, selectable, with a copy button. By default one made just now and shown only once. */
export function CopyableUrl({ label, path, hint, copiedText, testId }: CopyableUrlProps) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${path}`;
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // Without clipboard access (an insecure origin, a refusal), the address is selected to copy by hand.
      input.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="copyable">
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint ?? t('copy.onceHint')}
      </p>
      <div className="field-row">
        <input
          ref={input}
          id={inputId}
          type="text"
          readOnly
          value={url}
          data-testid={testId}
          aria-describedby={hintId}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('copy.copy')}
        </button>
      </div>
      <p role="status" className="copyable__status">
        {copied === 'yes' && (copiedText ?? t('copy.copied'))}
        {copied === 'failed' && t('copy.selectToCopy')}
      </p>
    </div>
  );
}
