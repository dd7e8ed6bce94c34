import { useId } from 'react';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/useLanguage';
import { TextField } from './TextField';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DateFieldProps {
  label: string;
  value: string | null;
  onCommit: (value: string | null) => void;
  className?: string;
}

/** A date input, with the date also written out the Swedish (or English) way next to it. */
export function DateField({ label, value, onCommit, className }: DateFieldProps) {
  const language = useLanguage();
  const spokenId = useId();
  const isDate = value !== null && ISO_DATE.test(value);
  return (
    <div className={`date-field ${className ?? ''}`.trim()}>
      <TextField
        label={label}
        type="date"
        value={isDate ? value : null}
        onCommit={onCommit}
        describedBy={isDate ? spokenId : undefined}
      />
      {isDate && (
        <span id={spokenId} className="date-field__spoken">
          {formatDate(value, language)}
        </span>
      )}
    </div>
  );
}
