import { Access, MessageType } from '@minutes/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readAccess } from './readAccess';

/** A whole frame as the server sends it; the provider reads the message type before the handler. */
function frame(...values: number[]): decoding.Decoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Access);
  for (const value of values) encoding.writeVarUint(encoder, value);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  expect(decoding.readVarUint(decoder)).toBe(MessageType.Access);
  return decoder;
}

describe('readAccess', () => {
  const cases: [string, number[], Access][] = [
    ['writable', [0], Access.Writable],
    ['read-only for the role', [1], Access.ReadOnlyRole],
    ['finalised', [2], Access.Finalised],
    ['an unknown value is read-only', [7], Access.ReadOnlyRole],
    ['a large unknown value is read-only', [300], Access.ReadOnlyRole],
    ['an empty payload is read-only', [], Access.ReadOnlyRole],
  ];
  for (const [name, values, expected] of cases) {
    it(name, () => expect(readAccess(frame(...values))).toBe(expected));
  }
});
