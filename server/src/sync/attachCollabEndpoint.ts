import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CloseCode,
  closeReason,
  SAVED_PARAM,
  SCHEMA_PARAM,
  SESSION_COOKIE,
  TOKEN_PARAM,
} from '@minutes/shared';
import { parse as parseCookies } from 'cookie';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import type { Limits } from '../config.js';
import type { Logger } from '../Logger.js';
import { binaryFrame } from './binaryFrame.js';
import type { SyncServer } from './SyncServer.js';
import type { SyncSocket } from './SyncSocket.js';

const COLLAB_PATH = /^\/collab\/([^/?#]+)$/;

export interface CollabEndpointOptions {
  limits: Pick<Limits, 'maxFrameBytes' | 'maxConnectionsPerAddress'>;
  log: Logger;
  /** Behind one reverse proxy: the client's address is the last one in X-Forwarded-For. */
  trustProxy?: boolean;
}

/**
 * The only place that knows `ws`: upgrades `/collab/<meetingId>` on the HTTP server and hands each
 * socket to the sync core. Returns a function that closes the endpoint.
 */
export function attachCollabEndpoint(
  server: Server,
  sync: SyncServer,
  options: CollabEndpointOptions,
): () => void {
  // Without compression every frame `ws` writes goes to the socket at once, in order: frames
  // written to the socket directly (`socketOf`) take their place among them.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.limits.maxFrameBytes,
    perMessageDeflate: false,
  });
  const perAddress = new Map<string, number>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = COLLAB_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const document = decodeURIComponent(match[1] as string);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const address = clientAddress(request, options.trustProxy ?? false);
      const count = (perAddress.get(address) ?? 0) + 1;
      if (count > options.limits.maxConnectionsPerAddress) {
        options.log.warn('refusing a connection over the per-address limit', { address });
        ws.close(CloseCode.TooManyConnections, closeReason[CloseCode.TooManyConnections]);
        return;
      }
      perAddress.set(address, count);
      ws.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left <= 0) perAddress.delete(address);
        else perAddress.set(address, left);
      });
      sync.accept(socketOf(ws, socket, options.log), {
        document,
        credentials: {
          session: sameOrigin(request)
            ? parseCookies(request.headers.cookie ?? '')[SESSION_COOKIE]
            : undefined,
          token: url.searchParams.get(TOKEN_PARAM) ?? undefined,
        },
        wantsSaved: url.searchParams.get(SAVED_PARAM) === '1',
        schemaVersion: schemaVersionOf(url.searchParams.get(SCHEMA_PARAM)),
      });
    });
  };

  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  };
}

/**
 * Each frame as WebSocket bytes, framed once however many connections it goes to: a room sends
 * the same frame object to everyone in it.
 */
const framedFrames = new WeakMap<Uint8Array, Buffer>();

function framed(frame: Uint8Array): Buffer {
  let bytes = framedFrames.get(frame);
  if (!bytes) {
    bytes = binaryFrame(frame);
    framedFrames.set(frame, bytes);
  }
  return bytes;
}

function socketOf(ws: WebSocket, socket: Duplex, log: Logger): SyncSocket {
  ws.on('error', (error) => log.debug('socket error', { error }));
  return {
    send(frame) {
      // One write of the framed bytes: cheaper than `ws.send`, which writes header and payload apart.
      if (ws.readyState === WebSocket.OPEN) socket.write(framed(frame));
    },
    close(code, reason) {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
    },
    onMessage(listener) {
      ws.on('message', (data: RawData, isBinary: boolean) => {
        if (!isBinary) {
          ws.close(CloseCode.BadFrame, closeReason[CloseCode.BadFrame]);
          return;
        }
        listener(toBytes(data));
      });
    },
    onClose(listener) {
      ws.on('close', listener);
    },
    pause() {
      ws.pause();
    },
    resume() {
      ws.resume();
    },
  };
}

/**
 * Browsers send cookies with WebSocket upgrades from any site, so the session cookie counts only
 * when the page that opened the socket is ours (cross-site WebSocket hijacking). Programs that
 * send no Origin use a token.
 */
/** Behind a proxy every connection comes from the proxy; it adds the client's address last. */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers['x-forwarded-for'] : undefined;
  const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(',').at(-1)?.trim();
  return last || (request.socket.remoteAddress ?? 'unknown');
}

function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** A missing or unreadable version counts as none stated; such clients are not editors. */
function schemaVersionOf(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  return Number(value);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
