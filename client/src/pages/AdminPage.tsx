import { useTranslation } from 'react-i18next';
import { AccountList } from '../components/admin/AccountList';
import { SeriesAdmin } from '../components/admin/SeriesAdmin';
import { useAccount } from '../identity/useSession';
import { useDocumentTitle } from '../useDocumentTitle';

/** Administration, for admins: accounts, and series with their members. */
export function AdminPage() {
  const { t } = useTranslation();
  const account = useAccount();
  useDocumentTitle(t('admin.title'));
  if (!account.admin) {
    return (
      <div className="not-found" data-testid="admin-forbidden">
        <h1>{t('admin.title')}</h1>
        <p>{t('admin.forbidden')}</p>
      </div>
    );
  }
  return (
    <div className="admin">
      <h1>{t('admin.title')}</h1>
      <div className="admin__columns">
        <SeriesAdmin />
        <AccountList />
      </div>
    </div>
  );
}
