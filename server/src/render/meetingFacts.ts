import { formatClock, formatDate, formatDateTime } from './formatDate.js';
import type { VersionContent } from './VersionContent.js';
import type { Wording } from './wordingFor.js';

export interface MeetingFacts {
  series: string | null;
  title: string;
  /** Label and value, in the order they are shown: date, time, place. */
  facts: Array<{ label: string; value: string }>;
  videoLink: string | null;
}

/** What the head of every rendering tells about the meeting, from the extracted minutes. */
export function meetingFacts({ meeting, minutes }: VersionContent, w: Wording): MeetingFacts {
  const facts: MeetingFacts['facts'] = [];
  const date = minutes.date ?? meeting.date;
  if (date) facts.push({ label: w.date, value: formatDate(date, w.lang) });
  const time = [minutes.startTime, minutes.endTime].filter(Boolean).join('–');
  if (time) facts.push({ label: w.time, value: formatClock(time, w.lang) });
  if (minutes.room) facts.push({ label: w.place, value: minutes.room });
  return {
    series: minutes.series,
    title: minutes.title ?? (meeting.title || w.minutes),
    facts,
    videoLink: minutes.videoLink,
  };
}

/** "Version 2. Fastställd 24 februari 2026 kl. 15.30 av Malin Sjöqvist." */
export function finalisedText({ version }: VersionContent, w: Wording): string {
  const at = formatDateTime(version.finalisedAt, w.lang);
  return `${w.version} ${version.number}. ${w.finalised} ${at} ${w.by} ${version.finalisedBy}.`;
}

/**
 * The justering: once verified, who approved and when ("Karin Dahlqvist Claesson, 25 februari 2026
 * kl. 09.12"); before that, every verdict so far with its comment.
 */
export function approvalLines({ approvals, verified }: VersionContent, w: Wording): string[] {
  const shown = verified ? approvals.filter((approval) => approval.verdict === 'approved') : approvals;
  return shown.map((approval) => {
    const base = `${approval.name}, ${formatDateTime(approval.at, w.lang)}`;
    if (verified) return base;
    const verdict = approval.verdict === 'approved' ? w.approved : w.changesRequested;
    return `${base}: ${verdict}${approval.comment ? ` (${approval.comment})` : ''}`;
  });
}
