import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** Pages of this app; anything else (a version page the server renders) is an ordinary link. */
const APP_PAGE = /^\/(meetings|series)\//;

interface PathLinkProps {
  /** A path the server gave, such as `/meetings/<id>#uppgift-<nodeId>` or `/versions/<id>/2#beslut-<id>`. */
  href: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A link to a path on this site: through the router inside the app, as a page load elsewhere. */
export function PathLink({ href, className, testId, children }: PathLinkProps) {
  if (APP_PAGE.test(href)) {
    return (
      <Link href={href} className={className} data-testid={testId}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={className} data-testid={testId}>
      {children}
    </a>
  );
}
