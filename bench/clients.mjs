// Clients as users of each server would write them: the standard y-websocket provider for Minutes,
// HocuspocusProvider for Hocuspocus. One WebSocket per client in both cases; both providers keep
// their default awareness (an empty local state, renewed every 15 s).
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { upgradeHeaders } from './servers.mjs';

const SYNC_TIMEOUT_MS = 30_000;

// Every y-websocket provider adds a process 'exit' listener in Node; dozens of clients are expected.
process.setMaxListeners(0);

/**
 * Opens `docName` on `server` with a fresh Y.Doc. `client.synced` resolves (with the time it took,
 * in ms) once the client has received the server's document; it rejects after a timeout.
 */
export function connectClient(server, docName) {
  const doc = new Y.Doc();
  const startedAt = performance.now();
  const client = { doc, disconnects: 0, destroyed: false };
  let onSynced;
  const syncedOnce = new Promise((resolve) => {
    onSynced = () => resolve(performance.now() - startedAt);
  });
  if (server.protocol === 'y-websocket') {
    const headers = upgradeHeaders(server);
    class SignedIn extends WebSocket {
      constructor(url, protocols) {
        super(url, protocols, { headers });
      }
    }
    const provider = new WebsocketProvider(`${server.wsUrl}/collab`, docName, doc, {
      WebSocketPolyfill: SignedIn,
      disableBc: true,
    });
    provider.on('sync', (state) => state && onSynced());
    provider.on('status', ({ status }) => {
      if (status === 'disconnected' && !client.destroyed) client.disconnects += 1;
    });
    client.provider = provider;
  } else {
    const provider = new HocuspocusProvider({
      url: server.wsUrl,
      name: docName,
      document: doc,
      WebSocketPolyfill: WebSocket,
    });
    provider.on('synced', ({ state }) => state && onSynced());
    provider.on('disconnect', () => {
      if (!client.destroyed) client.disconnects += 1;
    });
    client.provider = provider;
  }
  client.synced = withTimeout(syncedOnce, SYNC_TIMEOUT_MS, `client of ${server.label} did not sync`);
  client.destroy = () => {
    if (client.destroyed) return;
    client.destroyed = true;
    client.provider.destroy();
    doc.destroy();
  };
  return client;
}

/** Connects `count` clients and waits until all of them are synced. */
export async function connectClients(server, docName, count) {
  const clients = [];
  try {
    for (let i = 0; i < count; i++) clients.push(connectClient(server, docName));
    await Promise.all(clients.map((client) => client.synced));
    return clients;
  } catch (error) {
    destroyAll(clients);
    throw error;
  }
}

export function destroyAll(clients) {
  for (const client of clients) client.destroy();
}

export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` every 20 ms until it holds; rejects after `ms`. */
export async function waitUntil(condition, ms, message) {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${message} within ${ms} ms`);
    await sleep(20);
  }
}
