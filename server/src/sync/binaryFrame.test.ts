import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame } from './binaryFrame.js';

/** A server that writes the given payloads, framed by `binaryFrame`, straight to each new socket. */
async function serverWriting(payloads: Uint8Array[]): Promise<{ url: string; close: () => Promise<void> }> {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const server = http.createServer();
  server.on('upgrade', (request, socket: Duplex, head) => {
    wss.handleUpgrade(request, socket, head, () => {
      for (const payload of payloads) socket.write(binaryFrame(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function receive(url: string, count: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const received: Buffer[] = [];
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) reject(new Error('a text message'));
      received.push(data);
      if (received.length === count) {
        ws.close();
        resolve(received);
      }
    });
    ws.on('error', reject);
  });
}

function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
}

describe('binaryFrame', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('frames payloads of every header size so that a WebSocket client reads them back unchanged', async () => {
    // 7-bit lengths up to 125, 16-bit up to 65,535, 64-bit beyond.
    const payloads = [0, 1, 125, 126, 1000, 65_535, 65_536, 200_000].map((length, i) => bytes(length, i));
    const server = await serverWriting(payloads);
    close = server.close;
    const received = await receive(server.url, payloads.length);
    expect(received.map((data) => data.byteLength)).toEqual(payloads.map((payload) => payload.byteLength));
    received.forEach((data, i) => {
      expect(new Uint8Array(data)).toEqual(payloads[i]);
    });
  });

  it('frames a view into a larger buffer as only the bytes of the view', () => {
    const whole = bytes(300, 7);
    const view = whole.subarray(100, 110);
    const frame = binaryFrame(view);
    expect([...frame.subarray(0, 2)]).toEqual([0x82, 10]);
    expect(new Uint8Array(frame.subarray(2))).toEqual(view);
  });
});
