// Scenario 1: one meeting, many clients connected, a few of them typing. Measures how long an
// edit takes to reach every other client, and what the server process spends doing it.
import { sleep, waitUntil } from '../clients.mjs';
import { observeEdits, startTyping, TEXT } from '../editing.mjs';
import { cpuSeconds, peakMemoryMb, residentMemoryMb } from '../servers.mjs';
import { inSession } from '../session.mjs';
import { round, summarize } from '../stats.mjs';

const CONVERGE_TIMEOUT_MS = 30_000;

export function runTyping(kind, settings) {
  return inSession(kind, async (session) => {
    // All clients come from 127.0.0.1; Minutes allows 400 connections per address by default.
    const env = settings.clients > 400 ? { MAX_CONNECTIONS_PER_ADDRESS: String(settings.clients) } : {};
    const server = await session.start(kind === 'minutes' ? env : {});
    const startMb = residentMemoryMb(server.pid);
    const docName = await server.createDocument();
    const clients = await session.connectMany(server, docName, settings.clients);
    const writers = Array.from({ length: settings.writers }, (_, i) => `w${i}`);

    // Only edits sent within the measured window count; the warm-up before it does not.
    const window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
    const latencies = [];
    for (const client of clients) {
      observeEdits(client, writers, (_writer, edit) => {
        if (edit.t >= window.from && edit.t < window.to) latencies.push(performance.now() - edit.t);
      });
    }

    const typists = writers.map((writer, i) =>
      startTyping(clients[i], writer, {
        minMs: settings.minPauseMs,
        maxMs: settings.maxPauseMs,
        seed: i + 1,
      }),
    );
    await sleep(settings.warmupMs);
    const cpuBefore = cpuSeconds(server.pid);
    window.from = performance.now();
    await sleep(settings.seconds * 1000);
    window.to = performance.now();
    for (const typist of typists) typist.stop();

    const sentTotal = typists.reduce((sum, typist) => sum + typist.sentAt.length, 0);
    const sentMeasured = typists.reduce(
      (sum, typist) => sum + typist.sentAt.filter((t) => t >= window.from && t < window.to).length,
      0,
    );
    await waitUntil(
      () => clients.every((client) => client.doc.getText(TEXT).length === sentTotal),
      CONVERGE_TIMEOUT_MS,
      'clients did not receive every edit',
    );
    const drainedAt = performance.now();
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    const peakMb = peakMemoryMb(server.pid);
    const reference = clients[0].doc.getText(TEXT).toString();
    const converged = clients.every((client) => client.doc.getText(TEXT).toString() === reference);
    const expectedSamples = sentMeasured * (clients.length - 1);

    const latency = summarize(latencies);
    return {
      latencyMs: {
        p50: round(latency.p50, 1),
        p95: round(latency.p95, 1),
        p99: round(latency.p99, 1),
        max: round(latency.max, 1),
      },
      samples: latency.samples,
      expectedSamples,
      editsMeasured: sentMeasured,
      editsTotal: sentTotal,
      converged,
      disconnects: clients.reduce((sum, client) => sum + client.disconnects, 0),
      serverCpuSeconds: round(cpu, 2),
      serverCpuWindowSeconds: round((drainedAt - window.from) / 1000, 1),
      serverStartMemoryMb: round(startMb, 1),
      serverPeakMemoryMb: round(peakMb, 1),
    };
  });
}
