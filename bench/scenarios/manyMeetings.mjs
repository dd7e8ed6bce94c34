// Scenario: many small meetings at once, as on a busy morning: 100 meetings of 3 people, and
// each of the 3 types a letter every 1-2 s (people in a meeting take turns, but all of them
// write). Shows what each open document and connection costs rather than how fast one document
// goes.
import { measureTyping } from '../measure.mjs';
import { residentMemoryMb } from '../servers.mjs';
import { inSession } from '../session.mjs';
import { round } from '../stats.mjs';
import { connectionLimitEnv } from './typing.mjs';

export function runManyMeetings(kind, settings) {
  const total = settings.meetings * settings.meetingClients;
  return inSession(kind, async (session) => {
    const server = await session.start(connectionLimitEnv(kind, total));
    const startMb = residentMemoryMb(server.pid);
    const rooms = [];
    // One meeting after the other: Minutes creates each over HTTP, and opening them all at once
    // would measure a thundering herd rather than meetings in progress.
    for (let i = 0; i < settings.meetings; i++) {
      const docName = await server.createDocument();
      const clients = await session.connectMany(server, docName, settings.meetingClients);
      rooms.push({ clients, writers: clients.map((client, j) => ({ name: `w${j}`, client })) });
    }
    const loadedMb = residentMemoryMb(server.pid);
    const result = await measureTyping(server, rooms, settings, {
      minMs: settings.meetingMinPauseMs,
      maxMs: settings.meetingMaxPauseMs,
    });
    return { ...result, serverStartMemoryMb: round(startMb, 1), serverLoadedMemoryMb: round(loadedMb, 1) };
  });
}
