import { anchorId } from './anchorId.js';
import type { AgendaItemBlock, AttendeeRow, Block, DecisionBlock, Span, TaskBlock } from './Block.js';
import { nextMeetingText, reservationsText, taskDetails, verifiedAtOnceDetail } from './blockDetails.js';
import { escapeHtml } from './escapeHtml.js';
import type { Wording } from './wordingFor.js';

/** The body of the read-only page. `level` is the heading level of a top-level section. */
export function blocksToHtml(blocks: readonly Block[], w: Wording, level = 2): string {
  return blocks
    .map((block) => blockToHtml(block, w, level))
    .filter(Boolean)
    .join('\n');
}

function blockToHtml(block: Block, w: Wording, level: number): string {
  switch (block.kind) {
    case 'meetingHeader':
      return ''; // The page's own header shows these fields.
    case 'attendees':
      return attendeesHtml(block.rows, w, level);
    case 'agendaItem':
      return agendaItemHtml(block, w, level);
    case 'heading': {
      const h = Math.min(6, level + block.level - 1);
      return `<h${h}>${spansToHtml(block.spans)}</h${h}>`;
    }
    case 'paragraph':
      return `<p>${spansToHtml(block.spans)}</p>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${blocksToHtml(item, w, level)}</li>`);
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'quote':
      return `<blockquote>\n${blocksToHtml(block.blocks, w, level)}\n</blockquote>`;
    case 'decision':
      return decisionHtml(block, w);
    case 'task':
      return taskHtml(block, w);
    case 'nextMeeting':
      return `<section class="next-meeting">\n<h${level}>${escapeHtml(w.nextMeeting)}</h${level}>\n<p>${escapeHtml(nextMeetingText(block, w))}</p>\n</section>`;
    case 'rule':
      return '<hr>';
  }
}

function agendaItemHtml(item: AgendaItemBlock, w: Wording, level: number): string {
  const lines = [
    '<section class="agenda-item">',
    `<h${level}>${escapeHtml(w.agendaHeading(item.number, item.title))}</h${level}>`,
  ];
  if (item.status === 'tabled')
    lines.push(`<p><span class="badge tabled">${escapeHtml(w.tabled)}</span></p>`);
  if (item.presenter)
    lines.push(`<p class="presenter">${escapeHtml(`${w.presenter}: ${item.presenter}`)}</p>`);
  lines.push(blocksToHtml(item.blocks, w, level + 1), '</section>');
  return lines.filter(Boolean).join('\n');
}

function decisionHtml(decision: DecisionBlock, w: Wording): string {
  const anchor = anchorId('beslut', decision.id);
  const notes: string[] = [];
  if (decision.reservations.length > 0) notes.push(escapeHtml(reservationsText(decision, w)));
  if (decision.verifiedBy) {
    const badge = `<span class="badge verified">${escapeHtml(w.verifiedAtOnce)}</span>`;
    notes.push(`${badge} ${escapeHtml(verifiedAtOnceDetail(decision, w))}`);
  }
  return labelledBlock('decision', anchor, w.decision, decision.spans, w.linkToDecision, notes);
}

function taskHtml(task: TaskBlock, w: Wording): string {
  const anchor = anchorId('uppgift', task.id);
  const details = escapeHtml(taskDetails(task, w).join(' · '));
  return labelledBlock(`task task-${task.status}`, anchor, w.task, task.spans, w.linkToTask, [details]);
}

function labelledBlock(
  className: string,
  anchor: string | null,
  label: string,
  spans: readonly Span[],
  linkLabel: string,
  notes: readonly string[],
): string {
  const id = anchor ? ` id="${escapeHtml(anchor)}"` : '';
  const selfLink = anchor
    ? ` <a class="self-link" href="#${escapeHtml(anchor)}" aria-label="${escapeHtml(linkLabel)}">#</a>`
    : '';
  return [
    `<div class="${className}"${id}>`,
    `<p><span class="label">${escapeHtml(label)}:</span> ${spansToHtml(spans)}${selfLink}</p>`,
    ...notes.map((note) => `<p class="note">${note}</p>`),
    '</div>',
  ].join('\n');
}

function attendeesHtml(rows: readonly AttendeeRow[], w: Wording, level: number): string {
  if (rows.length === 0) return '';
  const head = [w.name, w.roleAndOrganisation, w.attendance]
    .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
    .join('');
  const body = rows.map((row) => {
    const duty = row.duty ? ` <span class="duty">${escapeHtml(w.dutyOf[row.duty])}</span>` : '';
    const about = [row.role, row.organisation].filter((part) => part !== null).map(escapeHtml);
    const attendance = escapeHtml(w.attendanceOf[row.attendance]);
    return `<tr><th scope="row">${escapeHtml(row.name)}${duty}</th><td>${about.join('<br>')}</td><td>${attendance}</td></tr>`;
  });
  return [
    '<section class="attendees">',
    `<h${level}>${escapeHtml(w.attendees)}</h${level}>`,
    `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`,
    '</section>',
  ].join('\n');
}

function spansToHtml(spans: readonly Span[]): string {
  return spans.map(spanToHtml).join('');
}

function spanToHtml(span: Span): string {
  if (span.text === '\n') return '<br>';
  let html = escapeHtml(span.text);
  if (span.code) html = `<code>${html}</code>`;
  if (span.bold) html = `<strong>${html}</strong>`;
  if (span.italic) html = `<em>${html}</em>`;
  if (span.underline) html = `<u>${html}</u>`;
  if (span.strike) html = `<s>${html}</s>`;
  if (span.href) html = `<a href="${escapeHtml(span.href)}">${html}</a>`;
  return html;
}
