import { readConfig } from './config.js';
import { createMinutesServer } from './createMinutesServer.js';
import { createLogger } from './Logger.js';
import { openStores } from './storage/openStores.js';

const config = readConfig();
const log = createLogger(config.logLevel);
const stores = await openStores(config, log);
const server = createMinutesServer({
  meetings: stores.meetings,
  documents: stores.documents,
  minutes: stores.minutes,
  access: stores.access,
  versions: stores.versions,
  across: stores.across,
  limits: config.limits,
  log,
  clientDir: config.clientDir,
});

const address = await server.listen(config.port, config.host);
log.info('listening', { url: `http://${address.address}:${address.port}`, storage: stores.location });

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  try {
    await server.close();
    await stores.close();
    process.exit(0);
  } catch (error) {
    log.error('stopping failed', { error });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
