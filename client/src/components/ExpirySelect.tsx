import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Choices of how long a link works, in hours; null for "until revoked". */
export const SHARE_LINK_EXPIRIES = [null, 24, 7 * 24, 30 * 24] as const;
export const INVITE_EXPIRIES = [24, 3 * 24, 7 * 24, 30 * 24] as const;

interface ExpirySelectProps {
  label: string;
  choices: readonly (number | null)[];
  value: number | null;
  onChange: (hours: number | null) => void;
  testId?: string;
}

export function ExpirySelect({ label, choices, value, onChange, testId }: ExpirySelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = (hours: number | null) =>
    hours === null ? t('expiry.never') : t('expiry.days', { count: Math.round(hours / 24) });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      >
        {choices.map((hours) => (
          <option key={hours ?? 'never'} value={hours === null ? '' : String(hours)}>
            {text(hours)}
          </option>
        ))}
      </select>
    </div>
  );
}
