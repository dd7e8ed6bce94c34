import { type Minutes, minutesContent as m } from '@minutes/shared';
import type { JSONContent } from '@tiptap/core';
import { formatDate } from '../render/formatDate.js';
import type { CarriedTask, ReturningItem } from './followUp.js';

export const FOLLOW_UP_TITLE = 'Uppföljning från föregående möte';

const link = (text: string, href: string): JSONContent => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});
const text = (value: string): JSONContent => ({ type: 'text', text: value });

function taskLine({ from, task }: CarriedTask): JSONContent {
  const who = task.assignees.length > 0 ? ` – ${task.assignees.join(', ')}` : '';
  const due = task.due ? `, klart ${formatDate(task.due, 'sv')}` : '';
  return {
    type: 'listItem',
    content: [
      {
        type: 'paragraph',
        content: [
          link(task.text, `/meetings/${from.id}#uppgift-${task.id}`),
          text(`${who}${due} (${from.title} ${formatDate(from.date, 'sv')})`),
        ],
      },
    ],
  };
}

/**
 * The document of a meeting made from the previous one: its header, the previous attendee list
 * (who, role, organisation and duty; attendance is marked anew), an agenda item that lists the
 * open tasks and the tabled items of earlier meetings, each linked to where it came from, every
 * tabled item back as an agenda item of its own, and an empty next meeting.
 */
export function nextMeetingDocument(
  meeting: { title: string; date: string; series: string },
  previous: Minutes,
  open: { tasks: CarriedTask[]; tabled: ReturningItem[] },
): JSONContent {
  const attendees = [...previous.attendees, ...previous.absent].map((attendee) =>
    m.attendee(attendee.name, {
      role: attendee.role,
      organisation: attendee.organisation,
      duty: attendee.duty,
      attendance: 'present',
    }),
  );
  const followUp: JSONContent[] = [];
  if (open.tasks.length > 0) {
    followUp.push(m.paragraph('Öppna uppgifter:'), { type: 'bulletList', content: open.tasks.map(taskLine) });
  }
  if (open.tabled.length > 0) {
    followUp.push(m.paragraph('Bordlagda ärenden, som tas upp nedan:'), {
      type: 'bulletList',
      content: open.tabled.map(({ from, title }) => ({
        type: 'listItem',
        content: [
          {
            type: 'paragraph',
            content: [
              link(title, `/meetings/${from.id}`),
              text(` (${from.title} ${formatDate(from.date, 'sv')})`),
            ],
          },
        ],
      })),
    });
  }
  if (followUp.length === 0) followUp.push(m.paragraph('Inga öppna uppgifter eller bordlagda ärenden.'));
  return m.doc(
    m.meetingHeader({ title: meeting.title, date: meeting.date, series: meeting.series }),
    m.attendeeList(...attendees),
    m.agendaItem('Mötets öppnande', [m.paragraph()]),
    m.agendaItem(FOLLOW_UP_TITLE, followUp),
    ...open.tabled.map(({ from, title }) =>
      m.agendaItem(title, [
        {
          type: 'paragraph',
          content: [
            text('Bordlades vid '),
            link(`${from.title} ${formatDate(from.date, 'sv')}`, `/meetings/${from.id}`),
            text('.'),
          ],
        },
      ]),
    ),
    m.nextMeeting(),
  );
}
