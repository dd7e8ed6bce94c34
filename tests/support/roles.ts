import type { Role } from '@minutes/shared';
import type { Person } from './people.js';
import type { TestServer } from './startServer.js';

export interface Cast {
  meetingId: string;
  /** A non-admin secretary; the server's owner is the admin. */
  secretary: Person;
  participant: Person;
  verifier: Person;
  reader: Person;
  /** Signed in, with no role in the meeting. */
  outsider: Person;
}

/** A meeting with one signed-in person in each role, plus one with none. */
export async function castMeeting(server: TestServer, title = 'Styrgruppsmöte'): Promise<Cast> {
  const meetingId = await server.createMeeting(title);
  const people = {} as Record<Role | 'outsider', Person>;
  for (const [key, name] of [
    ['secretary', 'Sara Sekreterare'],
    ['participant', 'Per Deltagare'],
    ['verifier', 'Vera Justerare'],
    ['reader', 'Rut Läsare'],
    ['outsider', 'Otto Utanför'],
  ] as const) {
    const person = await server.signUp(name);
    if (key !== 'outsider') {
      const response = await server.owner.fetch(`/api/meetings/${meetingId}/members/${person.id}`, {
        method: 'PUT',
        json: { role: key },
      });
      if (response.status !== 200) throw new Error(`could not give ${name} a role: ${response.status}`);
    }
    people[key] = person;
  }
  return { meetingId, ...people };
}
