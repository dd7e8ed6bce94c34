import type { Pool } from 'pg';
import type { AcrossStores } from '../../across/AcrossStores.js';
import { PostgresFeedTokenStore } from './PostgresFeedTokenStore.js';
import { PostgresSearchIndex } from './PostgresSearchIndex.js';
import { PostgresTaskStatusStore } from './PostgresTaskStatusStore.js';

export async function postgresAcrossStores(pool: Pool): Promise<AcrossStores> {
  return {
    taskStatuses: new PostgresTaskStatusStore(pool),
    searchIndex: new PostgresSearchIndex(pool),
    feedTokens: await PostgresFeedTokenStore.open(pool),
  };
}
