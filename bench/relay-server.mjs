// The floor for the typing scenarios (BENCH_PEER=relay): a server that keeps no document and
// stores nothing, and only passes each frame from a client to the other clients of the same
// document, over the same WebSocket protocol as Minutes. Whatever latency and CPU it shows, no
// server that keeps, checks and stores the document can go below: the rest is the kernel moving
// the frames and the clients (in the bench process) reading them.
//
// It answers a client's sync step 1 with an empty step 2, so every client must be connected
// before the first edit (as in typing, stress and many meetings, not in the long minutes).
// Env: PORT (0 picks a free port), HOST. Prints the same "listening" line as the other servers.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST || '127.0.0.1';
/** The y-websocket sync messages: [0 = sync, 0 = step 1, state vector] and its answer. */
const SYNC = 0;
const STEP_1 = 0;
/** Sync step 2 carrying an empty update (no structs, no deletes). */
const EMPTY_STEP_2 = Uint8Array.of(0, 1, 2, 0, 0);

const rooms = new Map();
const server = http.createServer((_request, response) => response.writeHead(404).end());
const sockets = new WebSocketServer({ server, perMessageDeflate: false });

sockets.on('connection', (socket, request) => {
  const name = request.url;
  const room = rooms.get(name) ?? new Set();
  rooms.set(name, room);
  room.add(socket);
  socket.binaryType = 'nodebuffer';
  socket.on('message', (frame) => {
    if (frame[0] === SYNC && frame[1] === STEP_1) {
      socket.send(EMPTY_STEP_2);
      return;
    }
    for (const peer of room) if (peer !== socket) peer.send(frame);
  });
  socket.on('close', () => {
    room.delete(socket);
    if (room.size === 0) rooms.delete(name);
  });
});

server.listen(port, host, () => {
  process.stderr.write(
    `${JSON.stringify({ level: 'info', message: 'listening', url: `http://${host}:${server.address().port}` })}\n`,
  );
});
process.on('SIGTERM', () => {
  sockets.close();
  server.close(() => process.exit(0));
  for (const socket of sockets.clients) socket.terminate();
});
