import { DOCUMENT_FIELD, MessageType, minutesContent as m } from '@minutes/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { TestClient } from '../support/connectClient.js';
import { fuzzSeed, mutate, randomBytes, seededRandom } from '../support/random.js';
import { startServer, type TestServer } from '../support/startServer.js';
import { waitFor } from '../support/waitFor.js';
import { toYNode } from '../support/yContent.js';

const FRAMES = 10_000;
const PER_SOCKET = 50;

let server: TestServer;
let meetingId: string;
let token: string;
let writer: TestClient;

beforeAll(async () => {
  server = await startServer({ limits: { maxConnectionsPerAddress: 1000, maxFramesPerSecond: 100_000 } });
  meetingId = await server.createMeeting();
  token = await server.tokenFor(meetingId, 'participant');
  writer = await server.connectSynced(meetingId);
});

afterAll(async () => {
  writer.destroy();
  await server.stop();
});

/** Valid frames of every kind a client sends, as seeds for mutation. */
function validFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [];
  const frame = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    write(encoder);
    frames.push(encoding.toUint8Array(encoder));
  };
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
  const before = Y.encodeStateVector(doc);
  doc
    .getXmlFragment(DOCUMENT_FIELD)
    .push([toYNode(m.decision('Fuzzat beslut.')), toYNode(m.paragraph('Text'))]);
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc, before));
  });
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeSyncStep2(e, doc);
  });
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, Uint8Array.from([1, 200, 1, 1, 2, 123, 125]));
  });
  frame((e) => encoding.writeVarUint(e, MessageType.QueryAwareness));
  return frames;
}

/** Sends frames on one socket and resolves when the server has answered or closed it. */
async function barrage(frames: Uint8Array[]): Promise<number | null> {
  const ws = new WebSocket(`${server.wsUrl}/${meetingId}?token=${token}`);
  ws.on('error', () => {});
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('closed before open')));
  });
  for (const frame of frames) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
  // A ping answered after the frames means the server has read them all and is still there.
  const answered = new Promise<null>((resolve) => ws.once('pong', () => resolve(null)));
  if (ws.readyState === WebSocket.OPEN) ws.ping();
  const outcome = await Promise.race([answered, closed]);
  ws.terminate();
  return outcome;
}

describe('the frame decoder under random and mutated frames', () => {
  it(`survives ${FRAMES} of them, closing only the sockets that sent garbage`, async () => {
    const seed = fuzzSeed();
    const random = seededRandom(seed);
    const seeds = validFrames();
    const closeCodes = new Map<number | null, number>();
    for (let sent = 0; sent < FRAMES; sent += PER_SOCKET) {
      const frames = Array.from({ length: PER_SOCKET }, () =>
        random() < 0.3
          ? randomBytes(random, Math.floor(random() * 64))
          : mutate(random, seeds[Math.floor(random() * seeds.length)] as Uint8Array),
      );
      const outcome = await barrage(frames);
      closeCodes.set(outcome, (closeCodes.get(outcome) ?? 0) + 1);
    }
    // Only the protocol's answers: still open (null), or a refusal the server chose.
    for (const code of closeCodes.keys())
      expect([null, 4400, 4413, 1002, 1007, 1009], `seed ${seed}`).toContain(code);
    expect(closeCodes.get(4400) ?? 0, `seed ${seed}`).toBeGreaterThan(0);

    // The document still syncs, and a well-behaved client still edits with the others.
    writer.doc.getXmlFragment(DOCUMENT_FIELD).push([toYNode(m.paragraph('Efter fuzzningen.'))]);
    const late = await server.connectSynced(meetingId);
    try {
      await waitFor(() => late.doc.getXmlFragment(DOCUMENT_FIELD).toString().includes('Efter fuzzningen.'));
      // Mutated updates that happened to be valid were taken; everyone holds the same document.
      await waitFor(
        () =>
          late.doc.getXmlFragment(DOCUMENT_FIELD).toString() ===
          writer.doc.getXmlFragment(DOCUMENT_FIELD).toString(),
      );
      const minutes = await server.owner.fetch(`/api/meetings/${meetingId}/minutes`);
      expect(minutes.status).toBe(200);
    } finally {
      late.destroy();
    }
  });
});
