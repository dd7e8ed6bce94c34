import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../useDocumentTitle';

/** The page for an unknown address, or (`kind="meeting"`) for a meeting that does not exist. */
export function NotFoundPage({ kind = 'page' }: { kind?: 'page' | 'meeting' }) {
  const { t } = useTranslation();
  const title = kind === 'meeting' ? t('meeting.notFoundTitle') : t('notFound.title');
  useDocumentTitle(title);
  return (
    <div className="not-found" data-testid="not-found">
      <h1>{title}</h1>
      <p>{kind === 'meeting' ? t('meeting.notFoundText') : t('notFound.text')}</p>
      <p>
        <Link href="/" className="button button--primary">
          {t('notFound.backHome')}
        </Link>
      </p>
    </div>
  );
}
