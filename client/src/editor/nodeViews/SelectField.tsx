import { useId } from 'react';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
  hideLabel?: boolean;
}

/** A labelled select bound to one attribute of a node. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
  hideLabel = false,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className={`node-field ${className ?? ''}`.trim()}>
      <label
        htmlFor={id}
        className={hideLabel ? 'node-field__label node-field__label--hidden' : 'node-field__label'}
      >
        {label}
      </label>
      <select
        id={id}
        className="node-field__input"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
