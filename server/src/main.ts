import { SqliteAccessStore } from './access/SqliteAccessStore.js';
import { sqliteAcrossStores } from './across/AcrossStores.js';
import { readConfig } from './config.js';
import { createMinutesServer } from './createMinutesServer.js';
import { createLogger } from './Logger.js';
import { openDatabase } from './storage/openDatabase.js';
import { SqliteDocumentStore } from './storage/SqliteDocumentStore.js';
import { SqliteMeetingStore } from './storage/SqliteMeetingStore.js';
import { SqliteMinutesStore } from './storage/SqliteMinutesStore.js';
import { SqliteVersionStore } from './versions/SqliteVersionStore.js';

const config = readConfig();
const log = createLogger(config.logLevel);
const db = openDatabase(config.dataDir);
const documents = new SqliteDocumentStore(db);
const server = createMinutesServer({
  meetings: new SqliteMeetingStore(db),
  documents,
  minutes: new SqliteMinutesStore(db),
  access: new SqliteAccessStore(db),
  versions: new SqliteVersionStore(db),
  across: sqliteAcrossStores(db),
  limits: config.limits,
  log,
  clientDir: config.clientDir,
});

const address = await server.listen(config.port, config.host);
log.info('listening', { url: `http://${address.address}:${address.port}`, dataDir: config.dataDir });

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  try {
    await server.close();
    await documents.close();
    process.exit(0);
  } catch (error) {
    log.error('stopping failed', { error });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
