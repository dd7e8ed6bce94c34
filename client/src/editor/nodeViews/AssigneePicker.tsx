import { type ChangeEvent, type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface AssigneePickerProps {
  assignees: readonly string[];
  /** Names offered as suggestions: the attendees. Anyone else may be typed freely. */
  suggestions: readonly string[];
  onChange: (assignees: string[]) => void;
}

const key = (name: string) => name.trim().toLocaleLowerCase('sv');

/**
 * Assignees as removable chips, and an input with the attendees as suggestions (a datalist, which
 * browsers make keyboard accessible). Enter, a comma, picking a suggestion or leaving the field
 * adds what was typed; Backspace in the empty field removes the last assignee.
 */
export function AssigneePicker({ assignees, suggestions, onChange }: AssigneePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const inputId = useId();
  const listId = useId();
  const open = suggestions.filter((name) => !assignees.some((assignee) => key(assignee) === key(name)));

  function add(name: string) {
    const trimmed = name.trim();
    setText('');
    if (trimmed === '' || assignees.some((assignee) => key(assignee) === key(trimmed))) return;
    onChange([...assignees, trimmed]);
  }

  function remove(name: string) {
    onChange(assignees.filter((assignee) => assignee !== name));
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const { value } = event.target;
    // Picking a datalist option arrives as a replacement of the whole text.
    const picked = (event.nativeEvent as InputEvent).inputType === 'insertReplacementText';
    if (picked && suggestions.some((name) => key(name) === key(value))) add(value);
    else if (value.endsWith(',')) add(value.slice(0, -1));
    else setText(value);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && text === '' && assignees.length > 0) {
      event.preventDefault();
      const last = assignees[assignees.length - 1];
      if (last !== undefined) remove(last);
    }
  }

  return (
    <div className="assignees">
      <label htmlFor={inputId} className="node-field__label">
        {t('actionItem.assignees')}
      </label>
      <div className="assignees__box">
        {assignees.length > 0 && (
          <ul className="chips" aria-label={t('actionItem.assignees')}>
            {assignees.map((name) => (
              <li key={name} className="chip">
                <span className="chip__name">{name}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('actionItem.removeAssignee', { name })}
                  title={t('actionItem.removeAssignee', { name })}
                  onClick={() => remove(name)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={inputId}
          type="text"
          className="assignees__input"
          list={listId}
          autoComplete="off"
          placeholder={t('actionItem.addAssignee')}
          value={text}
          onChange={handleChange}
          onKeyDown={handleKeyDown}
          onBlur={() => add(text)}
        />
        <datalist id={listId}>
          {open.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
