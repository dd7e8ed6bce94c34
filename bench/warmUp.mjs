import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Runs the clients' Yjs paths (typing, encoding, a full sync) once, so that JIT warm-up is not measured. */
export function warmUpClientCode(updates) {
  const source = new Y.Doc();
  const text = source.getText('text');
  const log = source.getArray('log');
  for (let i = 0; i < updates; i++) {
    source.transact(() => {
      text.insert(Math.floor(Math.random() * (text.length + 1)), 'x');
      if (i % 10 === 0) log.push([{ seq: i, t: performance.now() }]);
    });
  }
  for (let round = 0; round < 3; round++) {
    const target = new Y.Doc();
    const request = encoding.createEncoder();
    syncProtocol.writeSyncStep1(request, target);
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(encoding.toUint8Array(request)), reply, source, null);
    syncProtocol.readSyncMessage(
      decoding.createDecoder(encoding.toUint8Array(reply)),
      encoding.createEncoder(),
      target,
      null,
    );
    if (target.getText('text').length !== updates) throw new Error('warm-up sync lost text');
    target.destroy();
  }
  source.destroy();
}
