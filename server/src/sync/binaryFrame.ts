/**
 * A whole binary message as the bytes of one WebSocket frame from a server (RFC 6455, 5.2: final,
 * binary, unmasked), header and payload in one buffer: written to a socket in one call.
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const bytes = Buffer.allocUnsafe(headerLength + length);
  bytes[0] = FIN | BINARY;
  if (length < 126) {
    bytes[1] = length;
  } else if (length < 65536) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeBigUInt64BE(BigInt(length), 2);
  }
  bytes.set(payload, headerLength);
  return bytes;
}

const FIN = 0x80;
const BINARY = 0x02;
