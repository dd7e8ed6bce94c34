import { describe, expect, it } from 'vitest';
import { resolveDueDate } from './resolveDueDate.js';

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
  ])('%s (meeting %s, next %s)', (text, meetingDate, nextMeetingDate, expected) => {
    const language = /\b(?:to|will|by)\b/u.test(text) ? 'en' : 'sv';
    expect(resolveDueDate(text, { meetingDate, nextMeetingDate, language })).toBe(expected);
  });
});
