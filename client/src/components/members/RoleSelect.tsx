import type { Role } from '@minutes/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface RoleSelectProps {
  label: string;
  /** Shown as a visible label; in a table row the column says it and the label is for screen readers. */
  visibleLabel?: boolean;
  roles: readonly Role[];
  value: Role;
  onChange: (role: Role) => void;
  testId?: string;
}

export function RoleSelect({ label, visibleLabel = false, roles, value, onChange, testId }: RoleSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={visibleLabel ? 'field' : 'role-select'}>
      <label htmlFor={id} className={visibleLabel ? undefined : 'visually-hidden'}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(roles.find((role) => role === event.target.value) ?? value)}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
