import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useRoute } from 'wouter';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';

// The editor (Tiptap, Yjs) is most of the code; the start page does not wait for it.
const MeetingPage = lazy(() =>
  import('./pages/MeetingPage').then((module) => ({ default: module.MeetingPage })),
);
const ImportPage = lazy(() =>
  import('./pages/ImportPage').then((module) => ({ default: module.ImportPage })),
);

function NavLink({ href, children }: { href: string; children: string }) {
  const [current] = useRoute(href);
  return (
    <Link href={href} className="site-nav__link" aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

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
        <nav className="site-nav" aria-label={t('nav.label')}>
          <NavLink href="/">{t('nav.meetings')}</NavLink>
          <NavLink href="/import">{t('nav.import')}</NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Switch>
          <Route path="/" component={StartPage} />
          <Route path="/import">
            <Suspense fallback={null}>
              <ImportPage />
            </Suspense>
          </Route>
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
