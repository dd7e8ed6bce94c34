#!/usr/bin/env node
// The broadcast path alone: a server process sends the same small frame to 30 WebSocket clients,
// either with ws.send per connection or framed once (the server's `binaryFrame`) and written
// whole to each socket, as the collab endpoint does. The two take turns; the figure is the
// server process's CPU per round. `pnpm build` first (it reads server/dist).
// Env: BROADCAST_CLIENTS (30), BROADCAST_ROUNDS (2000 per measurement), BROADCAST_TURNS (6).
import { fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';

const CLIENTS = Number(process.env.BROADCAST_CLIENTS ?? 30);
const ROUNDS = Number(process.env.BROADCAST_ROUNDS ?? 2000);
const TURNS = Number(process.env.BROADCAST_TURNS ?? 6);
const FRAME_BYTES = 40;

if (process.argv[2] === 'server') await serve();
else await measure();

async function serve() {
  const { binaryFrame } = await import(
    path.resolve(import.meta.dirname, '../server/dist/sync/binaryFrame.js')
  );
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const connections = [];
  const server = http.createServer();
  server.on('upgrade', (request, socket, head) =>
    wss.handleUpgrade(request, socket, head, (ws) => connections.push({ ws, socket })),
  );
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', async ({ mode }) => {
    const before = process.cpuUsage();
    for (let round = 0; round < ROUNDS; round++) {
      const frame = new Uint8Array(FRAME_BYTES).fill(round & 0xff);
      if (mode === 'ws.send') {
        for (const { ws } of connections) ws.send(frame);
      } else {
        const framed = binaryFrame(frame);
        for (const { socket } of connections) socket.write(framed);
      }
      // Like keystrokes: apart in time, so every round is its own write to every socket.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const used = process.cpuUsage(before);
    process.send({ mode, ms: (used.user + used.system) / 1000 });
  });
}

async function measure() {
  const child = fork(import.meta.filename, ['server']);
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  let received = 0;
  const clients = [];
  for (let i = 0; i < CLIENTS; i++) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}`);
    ws.on('message', () => {
      received += 1;
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    clients.push(ws);
  }
  const results = { 'ws.send': [], 'framed once': [] };
  for (let turn = 0; turn < TURNS; turn++) {
    const order = turn % 2 === 0 ? ['ws.send', 'framed once'] : ['framed once', 'ws.send'];
    for (const mode of order) {
      child.send({ mode });
      const { ms } = await new Promise((resolve) => child.once('message', resolve));
      results[mode].push(Math.round(ms));
    }
  }
  const expected = CLIENTS * ROUNDS * TURNS * 2;
  const deadline = performance.now() + 5000;
  while (received < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  console.log(`Server CPU (ms) per ${ROUNDS} broadcasts of ${FRAME_BYTES} bytes to ${CLIENTS} clients:`);
  for (const [mode, runs] of Object.entries(results)) {
    const sorted = [...runs].sort((a, b) => a - b);
    console.log(
      `  ${mode.padEnd(12)} median ${sorted[Math.floor(sorted.length / 2)]}  (${runs.join(' / ')})`,
    );
  }
  console.log(`Frames received: ${received} of ${expected}`);
  for (const ws of clients) ws.terminate();
  child.kill();
  if (received !== expected) process.exitCode = 1;
}
