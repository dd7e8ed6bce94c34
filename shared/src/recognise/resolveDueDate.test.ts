import { describe, expect, it } from 'vitest';
import { resolveDueDate, resolveDueField } from './resolveDueDate.js';

describe('resolveDueDate', () => {
  it.each([
    ['Processledarna lyfter förslagen på det gemensamma mötet 9/5–25.', '2025-04-29', null, '2025-05-09'],
    ['Frågan bereds av Johan i nätverket den 5 juni.', '2026-04-28', null, '2026-06-05'],
    ['Återkoppling sker till styrgrupp i augusti.', '2026-04-28', null, 'augusti'],
    ['Dialog på gemensamt möte i oktober.', '2026-04-28', null, 'oktober'],
    ['Lina tar fram ett förslag till nästa styrgruppsmöte.', '2025-06-10', null, 'nästa styrgruppsmöte'],
    ['Återkoppling ges vid kommande styrgruppsmöte.', '2026-02-24', null, 'kommande styrgruppsmöte'],
    ['Anna presenterar det på nästa möte.', '2025-02-03', '2025-03-03', '2025-03-03'],
    ['Mari tar med frågan till mötet den 13 februari.', '2026-02-24', null, 'den 13 februari'],
    ['Meddela de sökande senast den 15 januari.', '2025-11-20', null, '2026-01-15'],
    ['Sara skickar utkastet senast 26/9.', '2025-09-18', null, '2025-09-26'],
    ['Svar inom två veckor.', '2025-09-18', null, '2025-10-02'],
    ['Mikael bokar träffen före höstlovet.', '2025-09-18', null, 'höstlovet'],
    ['Per begär in en offert senast 2024-04-05.', '2024-03-12', null, '2024-04-05'],
    ['Patricia to triage the issues by next Thursday.', '2024-06-20', null, '2024-06-27'],
    ['Lucas to assign owners by Friday.', '2024-09-05', null, '2024-09-06'],
    ['David to circulate the policy by 19 April.', '2024-04-09', null, '2024-04-19'],
    ['Kevin will request the budget before the November meeting.', '2024-10-15', '2024-11-19', '2024-11-19'],
    ['Gunnar tar fram ett underlag till mötet i februari.', '2025-11-20', null, 'februari'],
    ['Karl undersöker frågan.', '2024-03-12', null, null],
    ['Frågeställningar för delrapport 4.', '2025-06-10', null, null],
    ['PW/LM to draft guidance. Due: next meeting.', '2025-02-12', '2025-04-09', '2025-04-09'],
    ['@devansh: investigate the build, report back next sync', '2025-06-03', '2025-06-17', '2025-06-17'],
    ['Alla läser planen till nästa gång.', '2025-10-07', '2025-11-04', '2025-11-04'],
    ['Sanna uppdaterar handboken innan sommaruppehållet.', '2025-04-23', null, 'sommaruppehållet'],
    [
      'All module leaders to update their lists before the start of Semester 2 teaching.',
      '2025-02-12',
      null,
      'start of Semester 2 teaching',
    ],
    ['Aisha will put together a list by the end of the month.', '2025-03-11', null, '2025-03-31'],
    ['Linnéa gör blanketten till fredag nästa vecka.', '2025-10-07', null, '2025-10-17'],
    ['Lisa skickar underlaget i slutet av veckan.', '2025-10-07', null, '2025-10-10'],
    ['Farid bokar beskärning till v. 40.', '2025-09-09', null, 'v. 40'],
    ['Maskinerna byts under vecka 42.', '2025-09-09', null, 'vecka 42'],
    ['Instruct solicitors and report back to the September Board.', '2025-07-16', null, 'september'],
  ])('%s (meeting %s, next %s)', (text, meetingDate, nextMeetingDate, expected) => {
    const language = /\b(?:to|will|by)\b/u.test(text) ? 'en' : 'sv';
    expect(resolveDueDate(text, { meetingDate, nextMeetingDate, language })).toBe(expected);
  });

  it("reads the group's own next meeting", () => {
    const context = { meetingDate: '2025-12-02', nextMeetingDate: '2025-12-16', language: 'sv' as const };
    const text = 'Sofia sammanställer sjukfrånvaron till nästa ledningsgrupp.';
    expect(resolveDueDate(text, { ...context, meetingWords: ['ledningsgruppen', 'vård'] })).toBe(
      '2025-12-16',
    );
    expect(resolveDueDate(text, { ...context, meetingWords: ['styrelsemöte'] })).toBe('nästa ledningsgrupp');
  });

  it.each([
    ['20/10', '2025-10-07', null, '2025-10-20'],
    ['fredag nästa vecka', '2025-10-07', null, '2025-10-17'],
    ['next meeting', '2025-02-12', '2025-04-09', '2025-04-09'],
    ['before next meeting', '2025-05-08', '2025-06-12', '2025-06-12'],
    ['September meeting', '2025-05-08', null, 'september'],
    ['v. 40', '2025-09-09', null, 'v. 40'],
    ['snarast', '2025-09-09', null, 'snarast'],
    ['–', '2025-09-09', null, null],
  ])('a due field %j (meeting %s, next %s)', (text, meetingDate, nextMeetingDate, expected) => {
    const language = /[a-z]{4,}/u.test(text) && !/nästa|snarast|fredag/u.test(text) ? 'en' : 'sv';
    expect(resolveDueField(text, { meetingDate, nextMeetingDate, language })).toBe(expected);
  });
});
