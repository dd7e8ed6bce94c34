/**
 * WebSocket close codes the server uses, shared with the client so it can tell the person why.
 * 4400–4499 are permanent: y-websocket's provider stops reconnecting on them. 4500–4599 are
 * transient: the provider retries with backoff.
 */
export const CloseCode = {
  BadFrame: 4400,
  /** No session or token, or one that is forged, expired or revoked. */
  Unauthorized: 4401,
  Forbidden: 4403,
  MeetingNotFound: 4404,
  DocumentTooLarge: 4413,
  TooManyConnections: 4429,
  TooManyMessages: 4430,
  StorageUnavailable: 4503,
  IdleTimeout: 4508,
  ShuttingDown: 1001,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const closeReason: Record<CloseCode, string> = {
  [CloseCode.BadFrame]: 'malformed message',
  [CloseCode.Unauthorized]: 'not signed in',
  [CloseCode.Forbidden]: 'forbidden',
  [CloseCode.MeetingNotFound]: 'meeting not found',
  [CloseCode.DocumentTooLarge]: 'document too large',
  [CloseCode.TooManyConnections]: 'too many connections',
  [CloseCode.TooManyMessages]: 'too many messages',
  [CloseCode.StorageUnavailable]: 'storage unavailable',
  [CloseCode.IdleTimeout]: 'idle timeout',
  [CloseCode.ShuttingDown]: 'server shutting down',
};

export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
