import type { Account, SessionInfo } from '@minutes/shared';
import { createContext, useContext } from 'react';

export interface Session {
  /** The signed-in account, or null. */
  readonly account: Account | null;
  /** Takes the answer of signing in or up. */
  readonly signedIn: (info: SessionInfo) => void;
  readonly signOut: () => Promise<void>;
  /** Asks the server again who is signed in (a WebSocket closed as unauthorized, say). */
  readonly recheck: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** Who is signed in; only inside `SessionProvider`, which renders nothing until it knows. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession is used outside SessionProvider');
  return session;
}

/** The signed-in account; only on pages that require signing in. */
export function useAccount(): Account {
  const { account } = useSession();
  if (account === null) throw new Error('useAccount is used on a page that does not require signing in');
  return account;
}
