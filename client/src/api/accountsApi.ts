import type { Account } from '@minutes/shared';
import { request } from './request';

export const accountsApi = {
  /** Every account; admins only. */
  async list(signal?: AbortSignal): Promise<Account[]> {
    const body = await request<{ accounts: Account[] }>('/api/accounts', { signal: signal ?? null });
    return body.accounts;
  },
};
