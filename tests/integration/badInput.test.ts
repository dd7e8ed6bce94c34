import { CloseCode, MessageType } from '@minutes/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/connectClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';

const MAX_FRAME_BYTES = 64 * 1024;

let server: TestServer;
let meetingId: string;
let token: string;
let a: TestClient;
let b: TestClient;

beforeEach(async () => {
  server = await startServer({
    storage: 'sqlite',
    limits: {
      maxFrameBytes: MAX_FRAME_BYTES,
      maxConnectionsPerAddress: 30,
      maxFramesPerSecond: 200,
      maxFloodSeconds: 2,
      maxDocumentBytes: 256 * 1024,
    },
  });
  meetingId = await server.createMeeting();
  token = await server.tokenFor(meetingId);
  a = await server.connectSynced(meetingId);
  b = await server.connectSynced(meetingId);
});

afterEach(async () => {
  a.destroy();
  b.destroy();
  await server.stop();
});

function frame(...parts: Array<(encoder: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}

/** The two well-behaved clients still edit together, and the API still answers. */
async function othersGoOn(mark: string): Promise<void> {
  a.doc.getText('notes').insert(0, mark);
  await waitFor(() => b.doc.getText('notes').toString().includes(mark));
  expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
  const response = await server.owner.fetch(`/api/meetings/${meetingId}`);
  expect(response.status).toBe(200);
}

const badFrames: Array<[string, Uint8Array]> = [
  ['random bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
  ['an empty frame', new Uint8Array([])],
  ['an unknown message type', frame((e) => encoding.writeVarUint(e, 77))],
  [
    'an auth message, which only the server may send',
    frame(
      (e) => encoding.writeVarUint(e, MessageType.Auth),
      (e) => encoding.writeVarUint(e, 0),
    ),
  ],
  [
    'an unknown sync message type',
    frame(
      (e) => encoding.writeVarUint(e, MessageType.Sync),
      (e) => encoding.writeVarUint(e, 9),
      (e) => encoding.writeVarUint8Array(e, new Uint8Array([0])),
    ),
  ],
  [
    'a truncated sync step 1',
    frame(
      (e) => encoding.writeVarUint(e, MessageType.Sync),
      (e) => encoding.writeVarUint(e, 0),
      (e) => encoding.writeVarUint(e, 40),
      (e) => encoding.writeUint8Array(e, new Uint8Array([1, 2])),
    ),
  ],
  [
    'a truncated update',
    frame(
      (e) => encoding.writeVarUint(e, MessageType.Sync),
      (e) => encoding.writeVarUint(e, 2),
      (e) => encoding.writeVarUint8Array(e, new Uint8Array([5, 1, 200, 1])),
    ),
  ],
  [
    'a malformed awareness update',
    frame(
      (e) => encoding.writeVarUint(e, MessageType.Awareness),
      (e) =>
        encoding.writeVarUint8Array(
          e,
          frame(
            (x) => encoding.writeVarUint(x, 1),
            (x) => encoding.writeVarUint(x, 12345),
            (x) => encoding.writeVarUint(x, 1),
            (x) => encoding.writeVarString(x, '{not json'),
          ),
        ),
    ),
  ],
  [
    'trailing bytes after a valid message',
    frame(
      (e) => encoding.writeVarUint(e, MessageType.QueryAwareness),
      (e) => encoding.writeUint8Array(e, new Uint8Array([9, 9, 9])),
    ),
  ],
];

describe('bad input on the WebSocket', () => {
  it.each(badFrames)('%s closes only that connection', async (_name, bad) => {
    const { ws, closed } = await openRawSocket(`${server.wsUrl}/${meetingId}?token=${token}`);
    ws.send(bad);
    expect((await closed).code).toBe(CloseCode.BadFrame);
    await othersGoOn(`after ${_name};`);
  });

  it('a text frame closes only that connection', async () => {
    const { ws, closed } = await openRawSocket(`${server.wsUrl}/${meetingId}?token=${token}`);
    ws.send('hello');
    expect((await closed).code).toBe(CloseCode.BadFrame);
    await othersGoOn('after text;');
  });

  it('an oversized frame is refused and closes only that connection', async () => {
    const { ws, closed } = await openRawSocket(`${server.wsUrl}/${meetingId}?token=${token}`);
    ws.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect((await closed).code).toBe(1009);
    await othersGoOn('after oversized;');
  });

  it('an update that would make the document too large is refused and changes nothing', async () => {
    const big = await server.connectSynced(meetingId);
    const closed = new Promise<{ code: number }>((resolve) => big.provider.once('closed', resolve));
    big.doc.getText('notes').insert(0, 'x'.repeat(60 * 1024));
    big.doc.getText('notes').insert(0, 'y'.repeat(60 * 1024));
    big.doc.getText('notes').insert(0, 'z'.repeat(60 * 1024));
    big.doc.getText('notes').insert(0, 'w'.repeat(60 * 1024));
    big.doc.getText('notes').insert(0, 'v'.repeat(60 * 1024));
    expect((await closed).code).toBe(CloseCode.DocumentTooLarge);
    big.destroy();
    await othersGoOn('after too large;');
    expect(b.doc.getText('notes').toString()).not.toContain('v'.repeat(100));
  });

  it('a burst beyond the frame rate is slowed down, not cut off, and every frame is answered', async () => {
    const { ws, closed } = await openRawSocket(`${server.wsUrl}/${meetingId}?token=${token}`);
    let answers = 0;
    ws.on('message', (data: Buffer) => {
      if (data[0] === MessageType.Awareness) answers++;
    });
    let isClosed = false;
    void closed.then(() => {
      isClosed = true;
    });
    const query = frame((e) => encoding.writeVarUint(e, MessageType.QueryAwareness));
    for (let i = 0; i < 500; i++) ws.send(query);
    await waitFor(() => answers >= 500);
    expect(isClosed).toBe(false);
    await othersGoOn('after a burst;');
    ws.close();
  });

  it('a sustained flood closes that connection', async () => {
    const { ws, closed } = await openRawSocket(`${server.wsUrl}/${meetingId}?token=${token}`);
    const query = frame((e) => encoding.writeVarUint(e, MessageType.QueryAwareness));
    let flooding = true;
    void closed.then(() => {
      flooding = false;
    });
    const flood = (async () => {
      while (flooding) {
        for (let i = 0; i < 50 && ws.readyState === ws.OPEN; i++) ws.send(query);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    expect((await closed).code).toBe(CloseCode.TooManyMessages);
    await flood;
    await othersGoOn('after flood;');
  });

  it('connections beyond the per-address limit are refused; the others go on', async () => {
    const sockets = await Promise.all(
      Array.from({ length: 40 }, () => openRawSocket(`${server.wsUrl}/${meetingId}?token=${token}`)),
    );
    const codes: number[] = [];
    for (const { closed } of sockets) void closed.then(({ code }) => codes.push(code));
    // Two well-behaved clients hold two of the 30 places.
    await waitFor(() => codes.length === 12);
    expect(codes.every((code) => code === CloseCode.TooManyConnections)).toBe(true);
    expect(sockets.filter(({ ws }) => ws.readyState === ws.OPEN)).toHaveLength(28);
    await othersGoOn('after many connections;');
    for (const { ws } of sockets) ws.close();
  });

  it('a path outside /collab/<id> is not upgraded', async () => {
    await expect(openRawSocket(`ws://${new URL(server.url).host}/elsewhere`)).rejects.toThrow();
    await othersGoOn('after wrong path;');
  });
});
