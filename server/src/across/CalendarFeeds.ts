import { createHmac } from 'node:crypto';
import type { Account } from '@minutes/shared';
import type { AccessStore } from '../access/AccessStore.js';
import { hashSecret, looksLikeSecret } from '../access/secrets.js';
import type { FeedTokenStore } from './FeedTokenStore.js';

/**
 * The secret in each account's calendar feed addresses. Calendar apps send no cookies, so the
 * token is the only credential: 256 bits, derived from a server key, the account and a
 * generation, so that the same address can be shown again while only its hash is stored for the
 * lookup; a new generation revokes the old address.
 */
export class CalendarFeeds {
  constructor(
    private readonly store: FeedTokenStore,
    private readonly accounts: AccessStore,
  ) {}

  /** The account's token, made on first use. */
  async tokenFor(accountId: string): Promise<string> {
    const generation = await this.store.generation(accountId);
    return generation === undefined ? this.issue(accountId, 1) : this.derive(accountId, generation);
  }

  /** A new token; the old one stops working. */
  async renew(accountId: string): Promise<string> {
    return this.issue(accountId, ((await this.store.generation(accountId)) ?? 0) + 1);
  }

  /** The account a token belongs to; undefined for anything else. */
  async accountOf(token: unknown): Promise<Account | undefined> {
    if (!looksLikeSecret(token)) return undefined;
    const accountId = await this.store.accountOf(hashSecret(token));
    return accountId === undefined ? undefined : this.accounts.account(accountId);
  }

  private async issue(accountId: string, generation: number): Promise<string> {
    const token = this.derive(accountId, generation);
    await this.store.set(accountId, generation, hashSecret(token));
    return token;
  }

  private derive(accountId: string, generation: number): string {
    return createHmac('sha256', this.store.key())
      .update(`feed:${accountId}:${generation}`)
      .digest('base64url');
  }
}
