// One scenario against one server kind: a fresh data directory, and every server process and
// client started for it, all ended by `close()` whether the scenario succeeded or not.
import { connectClient, destroyAll } from './clients.mjs';
import { makeDataDir, removeDataDir, startServer } from './servers.mjs';

export function createSession(kind) {
  const dataDir = makeDataDir(kind);
  const servers = [];
  const clients = [];
  return {
    kind,
    dataDir,
    /** Starts a server process on this session's data directory. */
    async start(env) {
      const server = await startServer(kind, dataDir, env);
      servers.push(server);
      return server;
    },
    connect(server, docName) {
      const client = connectClient(server, docName);
      clients.push(client);
      return client;
    },
    async connectMany(server, docName, count) {
      const connected = Array.from({ length: count }, () => this.connect(server, docName));
      await Promise.all(connected.map((client) => client.synced));
      return connected;
    },
    async close() {
      destroyAll(clients);
      await Promise.all(servers.map((server) => server.stop()));
      removeDataDir(dataDir);
    },
  };
}

/** Runs `scenario(session)` with a fresh session and always closes it. */
export async function inSession(kind, scenario) {
  const session = createSession(kind);
  try {
    return await scenario(session);
  } finally {
    await session.close();
  }
}
