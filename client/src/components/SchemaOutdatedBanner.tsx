import { useTranslation } from 'react-i18next';

/** Shown when the server writes a newer schema than this page: the editor is read-only until a reload. */
export function SchemaOutdatedBanner() {
  const { t } = useTranslation();
  return (
    <div className="banner banner--outdated" data-testid="schema-outdated">
      <p className="banner__text">
        <strong>{t('schema.outdated')}</strong> {t('schema.readOnly')}
      </p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('schema.reload')}
      </button>
    </div>
  );
}
