import { Access } from '@minutes/shared';
import * as decoding from 'lib0/decoding';

const KNOWN: readonly number[] = Object.values(Access);

/**
 * The payload of a `MessageType.Access` frame. A value this client does not know (a newer server)
 * counts as read-only: refusing to write is the safe way to be wrong.
 */
export function readAccess(decoder: decoding.Decoder): Access {
  const value = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : Access.ReadOnlyRole;
  return KNOWN.includes(value) ? (value as Access) : Access.ReadOnlyRole;
}
