import { SqliteAccessStore } from '../access/SqliteAccessStore.js';
import { sqliteAcrossStores } from '../across/AcrossStores.js';
import { SqliteVersionStore } from '../versions/SqliteVersionStore.js';
import type { SqliteDatabase } from './openDatabase.js';
import { SqliteDocumentStore } from './SqliteDocumentStore.js';
import { SqliteMeetingStore } from './SqliteMeetingStore.js';
import { SqliteMinutesStore } from './SqliteMinutesStore.js';
import type { Stores } from './Stores.js';

/** Every store over one SQLite database. */
export function sqliteStores(db: SqliteDatabase): Stores {
  const documents = new SqliteDocumentStore(db);
  return {
    meetings: new SqliteMeetingStore(db),
    documents,
    minutes: new SqliteMinutesStore(db),
    access: new SqliteAccessStore(db),
    versions: new SqliteVersionStore(db),
    across: sqliteAcrossStores(db),
    location: db.name,
    close: () => documents.close(),
  };
}
