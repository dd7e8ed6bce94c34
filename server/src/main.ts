import { readConfig } from './config.js';
import { createMinutesServer } from './createMinutesServer.js';
import { createLogger } from './Logger.js';
import { openStores } from './storage/openStores.js';

const config = readConfig();
const log = createLogger(config.logLevel);
const stores = await openStores(config, log);
// Redis's client is loaded only when several processes share the meetings.
const bus = config.redisUrl
  ? await (await import('./sync/RedisRoomBus.js')).RedisRoomBus.connect(config.redisUrl, log)
  : undefined;
const server = createMinutesServer({
  bus,
  resyncEveryMs: config.resyncEveryMs,
  meetings: stores.meetings,
  documents: stores.documents,
  minutes: stores.minutes,
  access: stores.access,
  versions: stores.versions,
  across: stores.across,
  limits: config.limits,
  log,
  clientDir: config.clientDir,
  trustProxy: config.trustProxy,
});

const address = await server.listen(config.port, config.host);
log.info('listening', {
  url: `http://${address.address}:${address.port}`,
  storage: stores.location,
  ...(bus ? { shared: 'redis', process: bus.id } : {}),
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  try {
    await server.close();
    await bus?.close();
    await stores.close();
    process.exit(0);
  } catch (error) {
    log.error('stopping failed', { error });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
