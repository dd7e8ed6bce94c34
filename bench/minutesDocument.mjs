// A long minutes document: header, 30 attendees, `items` agenda items that each hold a paragraph,
// a bullet list, a decision and a task, and the next meeting. Shared by the in-process
// extraction microbenchmark (extraction.mjs) and the `extraction` scenario, so both measure the
// same document.
import { minutesContent as m } from '@minutes/shared';

/** The document as ProseMirror JSON (the shared schema). */
export function longMinutesJson(items) {
  return m.doc(
    m.meetingHeader({ title: 'Styrgruppsmöte', date: '2026-02-24' }),
    m.attendeeList(
      ...Array.from({ length: 30 }, (_, i) =>
        m.attendee(`Deltagare ${i + 1}`, { role: 'Skolchef', organisation: 'Kommun' }),
      ),
    ),
    ...Array.from({ length: items }, (_, i) =>
      m.agendaItem(`Punkt ${i + 1}`, [
        m.paragraph('Processledarna informerade om aktuellt läge i arbetet. Implementeringen pågår i länet.'),
        m.bulletList(
          'Samverkan mellan socialtjänst och skola är avgörande.',
          'Behov av gemensamt stödmaterial lyfts.',
        ),
        m.decision(`Styrgruppen beslutar att godkänna förslag ${i + 1}.`),
        m.actionItem(`Ta fram underlag ${i + 1}`, {
          assignees: ['Deltagare 1', 'Deltagare 2'],
          due: '2026-06-02',
        }),
      ]),
    ),
    m.nextMeeting({ date: '2026-10-09' }),
  );
}
