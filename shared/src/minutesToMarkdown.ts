import type { Minutes, MinutesAction } from './extract/Minutes.js';

const ATTENDANCE_SV: Record<string, string> = {
  present: 'närvarande',
  remote: 'på distans',
  absent: 'frånvarande',
  excused: 'anmält förhinder',
};

/** Markdown special characters in text written by people are escaped, so the text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

function action(item: MinutesAction): string {
  const parts = [escapeMarkdown(item.text)];
  if (item.assignees.length > 0) parts.push(`Ansvarig: ${item.assignees.map(escapeMarkdown).join(', ')}`);
  if (item.due) parts.push(`Klart: ${escapeMarkdown(item.dueDate ?? item.due)}`);
  return `- [${item.status === 'done' ? 'x' : ' '}] ${parts.join(' — ')}`;
}

/** The structured minutes as a readable Markdown document (Swedish headings). */
export function minutesToMarkdown(minutes: Minutes): string {
  const lines: string[] = [];
  if (minutes.series) lines.push(escapeMarkdown(minutes.series), '');
  lines.push(`# ${escapeMarkdown(minutes.title ?? 'Protokoll')}`, '');
  const when = [minutes.date, [minutes.startTime, minutes.endTime].filter(Boolean).join('–')]
    .filter(Boolean)
    .join(' ');
  if (when) lines.push(`**Datum:** ${escapeMarkdown(when)}  `);
  const place = [minutes.room, minutes.videoLink].filter(Boolean).join(', ');
  if (place) lines.push(`**Plats:** ${escapeMarkdown(place)}  `);
  if (minutes.chair) lines.push(`**Ordförande:** ${escapeMarkdown(minutes.chair)}  `);
  if (minutes.secretary) lines.push(`**Sekreterare:** ${escapeMarkdown(minutes.secretary)}  `);
  if (minutes.verifiers.length > 0)
    lines.push(`**Justerare:** ${minutes.verifiers.map(escapeMarkdown).join(', ')}  `);
  lines.push('');
  if (minutes.attendees.length > 0) {
    lines.push('## Närvarande', '');
    for (const a of minutes.attendees) {
      const details = [a.role, a.organisation].filter(Boolean).map((d) => escapeMarkdown(d as string));
      const remote = a.attendance === 'remote' ? ` (${ATTENDANCE_SV.remote})` : '';
      lines.push(`- ${escapeMarkdown(a.name)}${details.length ? `, ${details.join(', ')}` : ''}${remote}`);
    }
    lines.push('');
  }
  if (minutes.absent.length > 0) {
    lines.push('## Ej närvarande', '');
    for (const a of minutes.absent)
      lines.push(`- ${escapeMarkdown(a.name)} (${ATTENDANCE_SV[a.attendance] ?? a.attendance})`);
    lines.push('');
  }
  if (minutes.agenda.length > 0) {
    lines.push('## Dagordning', '');
    for (const item of minutes.agenda) {
      const status = item.status === 'tabled' ? ' (bordlagd)' : item.status === 'done' ? ' (avklarad)' : '';
      lines.push(`### ${item.number}. ${escapeMarkdown(item.title)}${status}`, '');
      if (item.presenter) lines.push(`Föredragande: ${escapeMarkdown(item.presenter)}`, '');
      const decisions = minutes.decisions.filter((d) => d.agendaItemNumber === item.number);
      for (const d of decisions) {
        const reservations = d.reservations.length
          ? ` (Reservation: ${d.reservations.map(escapeMarkdown).join(', ')})`
          : '';
        lines.push(`**Beslut:** ${escapeMarkdown(d.text)}${reservations}`, '');
      }
      const actions = minutes.actions.filter((a) => a.agendaItemNumber === item.number);
      if (actions.length > 0) lines.push(...actions.map(action), '');
    }
  }
  const loose = [
    ...minutes.decisions
      .filter((d) => d.agendaItemNumber === null)
      .map((d) => `**Beslut:** ${escapeMarkdown(d.text)}`),
    ...minutes.actions.filter((a) => a.agendaItemNumber === null).map(action),
  ];
  if (loose.length > 0) lines.push('## Övrigt', '', ...loose, '');
  if (minutes.next_meeting) {
    const { date, time, place: where } = minutes.next_meeting;
    const text = [date, time, where]
      .filter(Boolean)
      .map((p) => escapeMarkdown(p as string))
      .join(', ');
    if (text) lines.push('## Nästa möte', '', text, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
