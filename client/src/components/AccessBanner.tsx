import { Access } from '@minutes/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Why the draft cannot be edited, when the server says so: a finalised meeting gets a banner, a role
 * that may only read a note. The region stays in place, so that changes are announced (politely),
 * reopening too.
 */
export function AccessBanner({ access }: { access: Access }) {
  const { t } = useTranslation();
  const previous = useRef(access);
  const [reopened, setReopened] = useState(false);

  useEffect(() => {
    if (previous.current === access) return;
    setReopened(previous.current === Access.Finalised && access === Access.Writable);
    previous.current = access;
  }, [access]);

  return (
    <div role="status" className="access-banner" data-testid="access-banner" data-access={access}>
      {access === Access.Finalised && (
        <p className="banner banner--finalised">
          <strong>{t('access.finalised')}</strong> {t('access.finalisedHint')}
        </p>
      )}
      {access === Access.ReadOnlyRole && <p className="notice">{t('access.readOnlyRole')}</p>}
      {access === Access.Writable && reopened && <p className="visually-hidden">{t('access.reopened')}</p>}
    </div>
  );
}
