import WebSocket from 'ws';

export interface Closed {
  code: number;
  reason: string;
}

/** A bare WebSocket for sending frames no well-behaved client would send. */
export async function openRawSocket(url: string): Promise<{ ws: WebSocket; closed: Promise<Closed> }> {
  const ws = new WebSocket(url);
  const closed = new Promise<Closed>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('closed before open')));
  });
  return { ws, closed };
}
