import type { DecisionBlock, NextMeetingBlock, TaskBlock } from './Block.js';
import { formatClock, formatDate, formatDateTime } from './formatDate.js';
import type { Wording } from './wordingFor.js';

/** "Ansvarig: Lina, Osman", "Klart: 13 februari 2026" and, unless left out, "Status: Öppen". */
export function taskDetails(task: TaskBlock, w: Wording, { withStatus = true } = {}): string[] {
  const details: string[] = [];
  if (task.assignees.length > 0) details.push(`${w.assignees}: ${task.assignees.join(', ')}`);
  if (task.due) details.push(`${w.due}: ${formatDate(task.due, w.lang)}`);
  if (withStatus) details.push(`${w.status}: ${w.taskStatusOf[task.status]}`);
  return details;
}

/** The reservations and the immediate verification of a decision, each as a sentence. */
export function decisionNotes(decision: DecisionBlock, w: Wording): string[] {
  const notes: string[] = [];
  if (decision.reservations.length > 0) notes.push(reservationsText(decision, w));
  if (decision.verifiedBy) notes.push(`${w.verifiedAtOnce} ${verifiedAtOnceDetail(decision, w)}`);
  return notes;
}

/** "Reservation: Johan Lindeberg, Marita Encke Dahlin" */
export function reservationsText(decision: DecisionBlock, w: Wording): string {
  return `${w.reservations}: ${decision.reservations.join(', ')}`;
}

/** "av Karin Dahlqvist Claesson, 24 februari 2026 kl. 10.15": who verified the decision at once, when. */
export function verifiedAtOnceDetail(decision: DecisionBlock, w: Wording): string {
  const at = decision.verifiedAt ? `, ${formatDateTime(decision.verifiedAt, w.lang)}` : '';
  return `${w.by} ${decision.verifiedBy ?? ''}${at}`;
}

/** "9 oktober 2026, 13.00, Stadshuset": the next meeting as one line. */
export function nextMeetingText(next: NextMeetingBlock, w: Wording): string {
  return [next.date && formatDate(next.date, w.lang), next.time && formatClock(next.time, w.lang), next.place]
    .filter(Boolean)
    .join(', ');
}
