import { type HTMLInputTypeAttribute, useId } from 'react';
import { useDraft } from './useDraft';

interface TextFieldProps {
  label: string;
  value: string | null;
  /** Receives the trimmed value, or null when the field was emptied. */
  onCommit: (value: string | null) => void;
  type?: HTMLInputTypeAttribute;
  className?: string;
  /** Hides the label visually (it is still the control's name), for rows with column headings. */
  hideLabel?: boolean;
  list?: string;
  autoComplete?: string;
  describedBy?: string;
}

/** A labelled input bound to one attribute of a node. */
export function TextField({
  label,
  value,
  onCommit,
  type = 'text',
  className,
  hideLabel = false,
  list,
  autoComplete = 'off',
  describedBy,
}: TextFieldProps) {
  const id = useId();
  const draft = useDraft(value ?? '', (next) => onCommit(next.trim() === '' ? null : next.trim()));
  return (
    <div className={`node-field ${className ?? ''}`.trim()}>
      <label
        htmlFor={id}
        className={hideLabel ? 'node-field__label node-field__label--hidden' : 'node-field__label'}
      >
        {label}
      </label>
      <input
        id={id}
        type={type}
        className="node-field__input"
        list={list}
        autoComplete={autoComplete}
        aria-describedby={describedBy}
        {...draft}
      />
    </div>
  );
}
