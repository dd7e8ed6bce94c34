import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './waitFor.js';

// Each provider in Node registers a process 'exit' listener.
process.setMaxListeners(0);

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** A standard y-websocket client over `ws`, as any Node program would use it. */
export function connectClient(
  wsUrl: string,
  meetingId: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): TestClient {
  const doc = new Y.Doc();
  // Sends the headers (a session cookie) with the upgrade, as a browser does.
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(wsUrl, meetingId, doc, {
    WebSocketPolyfill: WithHeaders as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSynced(
  wsUrl: string,
  meetingId: string,
  params?: Record<string, string>,
  headers?: Record<string, string>,
): Promise<TestClient> {
  const client = connectClient(wsUrl, meetingId, params, headers);
  await waitFor(() => client.provider.synced);
  return client;
}
