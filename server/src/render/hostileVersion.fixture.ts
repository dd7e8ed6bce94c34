import { documentSchema, extractMinutes, minutesContent as m } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import type { VersionContent } from './VersionContent.js';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const JAVASCRIPT_URL = 'javascript:alert(1)';
/** Both payloads in one string, as every field of the hostile version holds. */
export const PAYLOAD = `${SCRIPT} ${IMG}`;

/** A version in which every field a person can write holds markup meant to run in a reader's browser. */
export function hostileVersion(): VersionContent {
  const document: JSONContent = m.doc(
    m.meetingHeader({
      series: PAYLOAD,
      title: PAYLOAD,
      date: '2026-02-24',
      startTime: PAYLOAD,
      room: PAYLOAD,
      videoLink: JAVASCRIPT_URL,
    }),
    m.attendeeList(m.attendee(PAYLOAD, { role: PAYLOAD, organisation: PAYLOAD, duty: 'chair' })),
    m.agendaItem(
      PAYLOAD,
      [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: PAYLOAD, marks: [{ type: 'link', attrs: { href: JAVASCRIPT_URL } }] },
            { type: 'text', text: ' and ' },
            {
              type: 'text',
              text: 'a link',
              marks: [{ type: 'link', attrs: { href: `" onmouseover="alert(1)` } }],
            },
          ],
        },
        {
          type: 'decision',
          attrs: {
            id: '"><script>alert(1)</script>',
            reservations: [PAYLOAD],
            verifiedBy: PAYLOAD,
            verifiedAt: PAYLOAD,
          },
          content: [{ type: 'text', text: PAYLOAD }],
        },
        m.decision(PAYLOAD, { id: 'decision-1', reservations: [PAYLOAD] }),
        m.actionItem(PAYLOAD, { id: 'task-1', assignees: [PAYLOAD], due: PAYLOAD }),
      ],
      { presenter: PAYLOAD, status: 'tabled' },
    ),
    m.nextMeeting({ date: '2026-04-28', time: PAYLOAD, place: PAYLOAD }),
  );
  return {
    meeting: { id: 'hostile', title: PAYLOAD, date: '2026-02-24' },
    version: { number: 1, finalisedAt: PAYLOAD, finalisedBy: PAYLOAD, sha256: PAYLOAD },
    document,
    minutes: extractMinutes(documentSchema().nodeFromJSON(document), { meetingDate: '2026-02-24' }),
    approvals: [
      { name: PAYLOAD, verdict: 'changes_requested', comment: PAYLOAD, at: PAYLOAD },
      { name: PAYLOAD, verdict: 'approved', comment: null, at: '2026-02-25T08:00:00Z' },
    ],
    verified: false,
    lang: 'sv',
  };
}
