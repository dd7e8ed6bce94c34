import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A link made just now and shown only once: the full address, selectable, with a copy button. */
export function CopyableUrl({ label, path, testId }: { label: string; path: string; testId?: string }) {
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
        {t('copy.onceHint')}
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
        {copied === 'yes' && t('copy.copied')}
        {copied === 'failed' && t('copy.selectToCopy')}
      </p>
    </div>
  );
}
