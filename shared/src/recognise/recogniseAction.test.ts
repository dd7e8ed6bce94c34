import { describe, expect, it } from 'vitest';
import type { RecognisedAttendee } from './RecognisedMinutes.js';
import { ownerOf, recogniseAction, splitClauses } from './recogniseAction.js';
import { createAssigneeResolver } from './resolveAssignees.js';

const attendee = (name: string, role: string | null = null): RecognisedAttendee => ({
  name,
  role,
  organisation: null,
  duty: null,
  attendance: 'present',
});
const resolve = createAssigneeResolver([
  attendee('Mari Kampf Westerberg'),
  attendee('Johan Lindeberg'),
  attendee('Marita Encke Dahlin'),
  attendee('Malin Sjöqvist', 'Processledare'),
  attendee('Lina'),
  attendee('Osman'),
  attendee('Alice Brown'),
  attendee('Per Ek'),
]);
const action = (sentence: string, due = false) => recogniseAction(sentence, { resolve, hasDue: () => due });

describe('recogniseAction', () => {
  it.each([
    ['Processledarna får i uppdrag att lyfta förslagen till mötet 9/5–25.', false, ['Processledarna']],
    [
      'Mari, Johan och Marita tar med frågan till nästa möte den 13 februari.',
      false,
      ['Mari', 'Johan', 'Marita'],
    ],
    ['Lina och Osman tar fram ett förslag till nästa styrgruppsmöte.', false, ['Lina', 'Osman']],
    ['Styrelsen uppdrar åt kansliet att meddela samtliga sökande.', false, ['kansliet']],
    ['Styrelsen ger Per Ek i uppdrag att begära in offerter.', false, ['Per Ek']],
    ['att ge Per Ek i uppdrag att informera medlemmarna', false, ['Per Ek']],
    [
      'Frågan lyfts och bereds av Johan och Marita i skolchefsnätverket den 5 juni.',
      true,
      ['Johan', 'Marita'],
    ],
    ['Per Ek anmäler tränarna senast den 28 februari.', true, ['Per Ek']],
    ['Till nästa möte tar Lina fram ett underlag.', false, ['Lina']],
    ['Återkoppling ges vid kommande styrgruppsmöte.', true, []],
    ['Alice to circulate the draft by Friday.', true, ['Alice']],
    ['Alice Brown will send the call for consensus.', false, ['Alice Brown']],
    ['The secretary will book the room.', false, ['secretary']],
    ['It was agreed that Alice would explore this.', false, ['Alice']],
    ['The board asked Per Ek to obtain legal advice.', false, ['Per Ek']],
    ['Per Ek ringer kommunen den 12 maj.', true, ['Per Ek']],
    ['Lina åtar sig att kontakta kommunen.', false, ['Lina']],
    ['Osman ombeds att ta fram en tidplan.', false, ['Osman']],
    ['Återkoppling sker till styrgrupp i augusti.', true, []],
  ])('a task: %s', (sentence, due, assignees) => {
    expect(action(sentence, due)).toEqual({ assignees });
  });

  it.each([
    ['Katarina presenterar att gruppen har gått igenom den.', false],
    ['Lina och Osman presenterar förslag på arbetsprocess.', false],
    ['Processledarna kommer ha fokus på att ge stöd.', false],
    ['Processledarna reviderade implementeringsplanen.', false],
    ['En genomgång av statusrapporten ges av processledarna.', false],
    ['Nämnderna har gett divisionerna i uppdrag att arbeta vidare.', false],
    ['Vi ska förse verksamheter med klistermärken.', false],
    ['The Board agreed to hold the summer fair.', true],
    ['Welcome to the meeting.', false],
    ['Thanks to Alice for the minutes.', false],
    ['Will the budget be ready?', false],
    ['Per Ek föreslår att stämman hålls den 12 maj.', true],
    ['Justering sker tisdagen den 25 mars 2025 på förvaltningen.', true],
    ['Upphandlingen av totalentreprenör kan starta först i februari.', true],
  ])('not a task: %s', (sentence, due) => {
    expect(action(sentence, due)).toBeNull();
  });

  it('splits tasks for two people in one sentence', () => {
    expect(
      splitClauses('Alice will coordinate volunteers and Per Ek will approach local businesses.'),
    ).toEqual(['Alice will coordinate volunteers', 'Per Ek will approach local businesses.']);
    expect(splitClauses('Mari, Johan och Marita tar med frågan.')).toHaveLength(2);
  });

  it.each([
    ['@Alice — estimate the migration effort', ['Alice']],
    ['Boka lokal (ansvarig: Per Ek)', ['Per Ek']],
    [
      'Vidare dialog planeras i länsstyrgrupp och skolchefsnätverket i oktober.',
      ['länsstyrgrupp', 'skolchefsnätverket'],
    ],
    ['Boka lokal', []],
    ['Update the website (Alice)', ['Alice']],
    ['Write the RFC (due 2024-09-12)', []],
    ['@Per Ek — write the RFC (due 2024-09-12)', ['Per Ek']],
  ])('finds the owner of %j', (text, owners) => {
    expect(ownerOf(text, resolve)).toEqual(owners);
  });
});
