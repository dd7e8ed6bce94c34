import { MessageType } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { SyncSocket } from './SyncSocket.js';

/** The client end of an in-memory socket: what the server sent, and a way to send to it. */
export class TestSocket implements SyncSocket {
  readonly received: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  private messageListener: (frame: Uint8Array) => void = () => {};
  private closeListener: () => void = () => {};

  send(frame: Uint8Array): void {
    this.received.push(frame);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
    this.closeListener();
  }
  onMessage(listener: (frame: Uint8Array) => void): void {
    this.messageListener = listener;
  }
  onClose(listener: () => void): void {
    this.closeListener = listener;
  }
  pause(): void {}
  resume(): void {}
  clientSends(frame: Uint8Array): void {
    this.messageListener(frame);
  }
  types(): number[] {
    return this.received.map((frame) => decoding.readVarUint(decoding.createDecoder(frame)));
  }
  /** Applies every sync frame received so far to `doc`. */
  applyTo(doc: Y.Doc): void {
    for (const frame of this.received) {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== MessageType.Sync) continue;
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server');
    }
  }
}

/** The values of every frame of one type the socket received (`Access`, `Storage`). */
export function valuesOf(socket: TestSocket, type: number): number[] {
  return socket.received
    .map((frame) => decoding.createDecoder(frame))
    .filter((decoder) => decoding.readVarUint(decoder) === type)
    .map((decoder) => decoding.readVarUint(decoder));
}

export function updateFrame(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc, before));
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
