import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation, useRoute, useSearch } from 'wouter';
import { AccountMenu } from './components/AccountMenu';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SiteSearch } from './components/search/SiteSearch';
import { signInPath } from './identity/nextPath';
import { useSession } from './identity/useSession';
import { InvitePage } from './pages/InvitePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';
import { StartPage } from './pages/StartPage';

// The editor (Tiptap, Yjs) is most of the code; the start page does not wait for it.
const MeetingPage = lazy(() =>
  import('./pages/MeetingPage').then((module) => ({ default: module.MeetingPage })),
);
const ImportPage = lazy(() =>
  import('./pages/ImportPage').then((module) => ({ default: module.ImportPage })),
);
const AdminPage = lazy(() => import('./pages/AdminPage').then((module) => ({ default: module.AdminPage })));
const SeriesPage = lazy(() =>
  import('./pages/SeriesPage').then((module) => ({ default: module.SeriesPage })),
);
const TasksPage = lazy(() => import('./pages/TasksPage').then((module) => ({ default: module.TasksPage })));
const SearchPage = lazy(() =>
  import('./pages/SearchPage').then((module) => ({ default: module.SearchPage })),
);

function NavLink({ href, children }: { href: string; children: string }) {
  const [current] = useRoute(href);
  return (
    <Link href={href} className="site-nav__link" aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Pages that need an account send the person to sign in first, and back here afterwards. */
function SignedIn({ children }: { children: ReactNode }) {
  const { account } = useSession();
  const [location] = useLocation();
  const search = useSearch();
  if (account === null)
    return <Redirect to={signInPath(search ? `${location}?${search}` : location)} replace />;
  return children;
}

export function App() {
  const { t } = useTranslation();
  const { account } = useSession();
  return (
    <>
      <header className="site-header">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <Link href="/" className="site-header__name" aria-label={t('app.home')}>
          {t('app.name')}
        </Link>
        {account !== null && (
          <nav className="site-nav" aria-label={t('nav.label')}>
            <NavLink href="/">{t('nav.meetings')}</NavLink>
            <NavLink href="/tasks">{t('nav.tasks')}</NavLink>
            <NavLink href="/import">{t('nav.import')}</NavLink>
            {account.admin && <NavLink href="/admin">{t('nav.admin')}</NavLink>}
          </nav>
        )}
        {account !== null && <SiteSearch />}
        <AccountMenu />
        <LanguageSwitch />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Switch>
          <Route path="/signin" component={SignInPage} />
          <Route path="/signup" component={SignUpPage} />
          <Route path="/invite/:token">{({ token }) => <InvitePage key={token} token={token} />}</Route>
          <Route>
            <SignedIn>
              <Switch>
                <Route path="/" component={StartPage} />
                <Route path="/import">
                  <Suspense fallback={null}>
                    <ImportPage />
                  </Suspense>
                </Route>
                <Route path="/admin">
                  <Suspense fallback={null}>
                    <AdminPage />
                  </Suspense>
                </Route>
                <Route path="/tasks">
                  <Suspense fallback={null}>
                    <TasksPage />
                  </Suspense>
                </Route>
                <Route path="/search">
                  <Suspense fallback={null}>
                    <SearchPage />
                  </Suspense>
                </Route>
                <Route path="/series/:id">
                  {({ id }) => (
                    <Suspense fallback={null}>
                      <SeriesPage key={id} id={id} />
                    </Suspense>
                  )}
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
            </SignedIn>
          </Route>
        </Switch>
      </main>
    </>
  );
}
