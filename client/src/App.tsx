import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';

// The editor (Tiptap, Yjs) is most of the code; the start page does not wait for it.
const MeetingPage = lazy(() =>
  import('./pages/MeetingPage').then((module) => ({ default: module.MeetingPage })),
);

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <Link href="/" className="site-header__name" aria-label={t('app.home')}>
          {t('app.name')}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Switch>
          <Route path="/" component={StartPage} />
          <Route path="/meetings/:id">
            {({ id }) => (
              <Suspense fallback={<p className="muted">{t('meeting.loading')}</p>}>
                <MeetingPage key={id} id={id} />
              </Suspense>
            )}
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </main>
    </>
  );
}
