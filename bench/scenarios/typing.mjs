// Scenario 1: one meeting, many clients connected, a few of them typing. Measures how long an
// edit takes to reach every other client, and what the server process spends doing it.
import { measureTyping } from '../measure.mjs';
import { isMinutes, residentMemoryMb } from '../servers.mjs';
import { inSession } from '../session.mjs';
import { round } from '../stats.mjs';

/** All clients come from 127.0.0.1; Minutes allows 400 connections per address by default. */
export function connectionLimitEnv(kind, clients) {
  return isMinutes(kind) && clients > 400 ? { MAX_CONNECTIONS_PER_ADDRESS: String(clients) } : {};
}

export function runTyping(kind, settings) {
  return inSession(kind, async (session) => {
    const server = await session.start(connectionLimitEnv(kind, settings.clients));
    const startMb = residentMemoryMb(server.pid);
    const docName = await server.createDocument();
    const clients = await session.connectMany(server, docName, settings.clients);
    const writers = Array.from({ length: settings.writers }, (_, i) => ({
      name: `w${i}`,
      client: clients[i],
    }));
    const result = await measureTyping(server, [{ clients, writers }], settings, {
      minMs: settings.minPauseMs,
      maxMs: settings.maxPauseMs,
    });
    return { ...result, serverStartMemoryMb: round(startMb, 1) };
  });
}
