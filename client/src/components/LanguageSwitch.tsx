import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = useLanguage() === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="language-switch"
      data-testid="language-switch"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}
