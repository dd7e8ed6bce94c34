/** What the sync core needs of an upgraded socket. Only the transport knows it is a `ws` WebSocket. */
export interface SyncSocket {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  onMessage(listener: (frame: Uint8Array) => void): void;
  onClose(listener: () => void): void;
  /** Stops reading from the client (TCP backpressure) until `resume`. */
  pause(): void;
  resume(): void;
}
