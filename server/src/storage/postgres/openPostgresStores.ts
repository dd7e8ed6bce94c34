import type { Logger } from '../../Logger.js';
import type { Stores } from '../Stores.js';
import { openPostgres } from './openPostgres.js';
import { PostgresAccessStore } from './PostgresAccessStore.js';
import { PostgresDocumentStore } from './PostgresDocumentStore.js';
import { PostgresMeetingStore } from './PostgresMeetingStore.js';
import { PostgresMinutesStore } from './PostgresMinutesStore.js';
import { PostgresVersionStore } from './PostgresVersionStore.js';
import { postgresAcrossStores } from './postgresAcrossStores.js';

/** Every store over the PostgreSQL database at `url`, its schema brought up to date first. */
export async function openPostgresStores(url: string, log?: Logger): Promise<Stores> {
  const pool = await openPostgres(url, log);
  const documents = new PostgresDocumentStore(pool);
  try {
    return {
      meetings: new PostgresMeetingStore(pool),
      documents,
      minutes: new PostgresMinutesStore(pool),
      access: new PostgresAccessStore(pool),
      versions: new PostgresVersionStore(pool),
      across: await postgresAcrossStores(pool),
      location: withoutPassword(url),
      close: () => documents.close(),
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}
