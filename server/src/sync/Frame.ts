import { type Access, MessageType, type Storage } from '@minutes/shared';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Encoders for the frames the server sends. */
export const Frame = {
  syncStep1(doc: Y.Doc): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeSyncStep1(encoder, doc);
    return encoding.toUint8Array(encoder);
  },

  syncStep2(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  },

  update(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  },

  awareness(awareness: Awareness, clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Awareness);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clients));
    return encoding.toUint8Array(encoder);
  },

  schemaOutdated(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.SchemaOutdated);
    return encoding.toUint8Array(encoder);
  },

  access(access: Access): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Access);
    encoding.writeVarUint(encoder, access);
    return encoding.toUint8Array(encoder);
  },

  storage(storage: Storage): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Storage);
    encoding.writeVarUint(encoder, storage);
    return encoding.toUint8Array(encoder);
  },

  stateChanged(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.StateChanged);
    return encoding.toUint8Array(encoder);
  },

  saved(doc: Y.Doc): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Saved);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
    return encoding.toUint8Array(encoder);
  },
};
