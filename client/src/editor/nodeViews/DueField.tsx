import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { TextField } from './TextField';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DueFieldProps {
  due: string | null;
  onChange: (due: string | null) => void;
}

/** When a task is due: a date, or a meeting or other time written freely ("nästa möte"). */
export function DueField({ due, onChange }: DueFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const isDate = due !== null && ISO_DATE.test(due);
  const suggestions = t('actionItem.dueSuggestions', { returnObjects: true });
  return (
    <fieldset className="due">
      <legend className="node-field__label">{t('actionItem.due')}</legend>
      <div className="due__fields">
        <DateField label={t('actionItem.dueDate')} value={isDate ? due : null} onCommit={onChange} />
        <TextField
          className="due__text"
          label={t('actionItem.dueText')}
          value={isDate ? null : due}
          list={listId}
          onCommit={onChange}
        />
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      </div>
    </fieldset>
  );
}
