import type { Logger } from '../Logger.js';
import { openDatabase } from './openDatabase.js';
import type { Stores } from './Stores.js';
import { sqliteStores } from './sqliteStores.js';

export interface StorageConfig {
  /** Where the SQLite database lives. */
  dataDir: string;
  /** A PostgreSQL database (postgres://…) to use instead of SQLite. */
  databaseUrl: string | undefined;
}

/**
 * The stores of the configured database: PostgreSQL when a database URL is given, else SQLite in
 * the data directory. The PostgreSQL driver is loaded only when it is used.
 */
export async function openStores(config: StorageConfig, log?: Logger): Promise<Stores> {
  if (config.databaseUrl === undefined) return sqliteStores(openDatabase(config.dataDir));
  const { openPostgresStores } = await import('./postgres/openPostgresStores.js');
  return openPostgresStores(config.databaseUrl, log);
}
