// Typing in one or more documents ("rooms") at once, and what it costs: the end-to-end latency of
// every edit to every other client of its room, edits some client never received, whether the
// copies converged, and the server process's CPU time and peak memory. The typing, stress,
// manyMeetings and extraction scenarios differ only in how many rooms, clients and typists they
// set up and how fast those type.
import { sleep } from './clients.mjs';
import { benchText, editIds, observeEdits, startTyping } from './editing.mjs';
import { cpuSeconds, peakMemoryMb, resetPeakMemory } from './servers.mjs';
import { round, summarize } from './stats.mjs';

const CONVERGE_TIMEOUT_MS = 30_000;

/**
 * `rooms`: `[{ clients, writers: [{ name, client, typing? }] }]`, every client connected and
 * synced. `typing`: `{ minMs, maxMs, target, burst }` as for `startTyping`, which a writer's own
 * `typing` overrides; `content(doc)` is what must be
 * equal on every client of a room at the end. Edits sent during the warm-up are delivered and
 * checked but not timed.
 */
export async function measureTyping(server, rooms, settings, typing, content = textContent) {
  // Only edits sent within the measured window are timed.
  const window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  const latencies = [];
  const received = new Map();
  for (const room of rooms) {
    const names = room.writers.map((writer) => writer.name);
    for (const client of room.clients) {
      received.set(client, 0);
      observeEdits(client, names, (_writer, edit) => {
        received.set(client, received.get(client) + 1);
        if (edit.t >= window.from && edit.t < window.to) latencies.push(performance.now() - edit.t);
      });
    }
  }

  let seed = 1;
  const typists = rooms.flatMap((room) =>
    room.writers.map((writer) => ({
      room,
      writer,
      typist: startTyping(writer.client, writer.name, { ...typing, ...writer.typing, seed: seed++ }),
    })),
  );
  await sleep(settings.warmupMs);
  const cpuBefore = cpuSeconds(server.pid);
  // The peak before includes signing up (Minutes hashes the password with scrypt, 32 MiB); the
  // peak while typing is what the documents and connections need.
  const peakBeforeMb = peakMemoryMb(server.pid);
  const peakReset = resetPeakMemory(server.pid);
  window.from = performance.now();
  await sleep(settings.seconds * 1000);
  window.to = performance.now();
  for (const { typist } of typists) typist.stop();

  const sentBy = (room) => typists.filter((entry) => entry.room === room);
  const sentCount = (entries) => entries.reduce((sum, { typist }) => sum + typist.sentAt.length, 0);
  // Every client should receive every edit of its room but its own.
  const expected = new Map();
  for (const room of rooms) {
    const entries = sentBy(room);
    const total = sentCount(entries);
    for (const client of room.clients) {
      const own = entries.filter((entry) => entry.writer.client === client);
      expected.set(client, total - sentCount(own));
    }
  }
  const drained = await waitForAll(() => [...expected].every(([client, n]) => received.get(client) >= n));
  // The work each server defers also counts: Minutes extracts the minutes 1 s after the last
  // edit, Hocuspocus stores the document 2 s after it.
  await sleep(settings.tailMs);
  const measuredUntil = performance.now();
  const cpu = cpuSeconds(server.pid) - cpuBefore;
  const typingPeakMb = peakMemoryMb(server.pid);
  const peakMb = Math.max(peakBeforeMb, typingPeakMb);

  let lost = 0;
  let converged = drained;
  let expectedSamples = 0;
  for (const room of rooms) {
    lost += lostEdits(room, sentBy(room));
    const reference = content(room.clients[0].doc);
    if (!room.clients.every((client) => content(client.doc) === reference)) converged = false;
    const measured = sentBy(room).reduce(
      (sum, { typist }) => sum + typist.sentAt.filter((t) => t >= window.from && t < window.to).length,
      0,
    );
    expectedSamples += measured * (room.clients.length - 1);
  }
  if (lost > 0) converged = false;

  const latency = summarize(latencies);
  const clients = rooms.flatMap((room) => room.clients);
  return {
    latencyMs: {
      p50: round(latency.p50, 1),
      p95: round(latency.p95, 1),
      p99: round(latency.p99, 1),
      max: round(latency.max, 1),
    },
    samples: latency.samples,
    expectedSamples,
    editsMeasured: typists.reduce(
      (sum, { typist }) => sum + typist.sentAt.filter((t) => t >= window.from && t < window.to).length,
      0,
    ),
    editsTotal: sentCount(typists),
    lostUpdates: lost,
    converged,
    disconnects: clients.reduce((sum, client) => sum + client.disconnects, 0),
    serverCpuSeconds: round(cpu, 2),
    serverCpuWindowSeconds: round((measuredUntil - window.from) / 1000, 1),
    serverPeakMemoryMb: round(peakMb, 1),
    serverTypingPeakMemoryMb: peakReset ? round(typingPeakMb, 1) : null,
  };
}

function textContent(doc) {
  return benchText(doc).toString();
}

/** Waits until `done()` or the timeout; resolves with whether it got there. */
async function waitForAll(done) {
  const deadline = performance.now() + CONVERGE_TIMEOUT_MS;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Edits sent in `room` that at least one of its clients does not hold. */
function lostEdits(room, entries) {
  const names = room.writers.map((writer) => writer.name);
  const held = room.clients.map((client) => editIds(client.doc, names));
  let lost = 0;
  for (const { writer, typist } of entries) {
    for (let seq = 0; seq < typist.sentAt.length; seq++) {
      const id = `${writer.name}:${seq}`;
      if (held.some((ids) => !ids.has(id))) lost += 1;
    }
  }
  return lost;
}
