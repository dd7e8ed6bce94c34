/** Which calendar feed token each account has: its generation (a new token revokes the old) and hash. */
export interface FeedTokenStore {
  /** The server's key from which feed tokens are derived. */
  key(): Buffer;
  generation(accountId: string): Promise<number | undefined>;
  set(accountId: string, generation: number, tokenHash: string): Promise<void>;
  accountOf(tokenHash: string): Promise<string | undefined>;
}
