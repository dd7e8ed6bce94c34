import type { AgendaItemBlock, AttendeeRow, Block } from './Block.js';
import { decisionNotes, nextMeetingText, taskDetails } from './blockDetails.js';
import { blocksOf } from './blocksOf.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { approvalLines, finalisedText, meetingFacts } from './meetingFacts.js';
import { spansToMarkdown } from './spansToMarkdown.js';
import type { VersionContent } from './VersionContent.js';
import { type Wording, wordingFor } from './wordingFor.js';

/** The whole version as Markdown: its head, justering, and every block of the document in order. */
export function versionToMarkdown(content: VersionContent): string {
  const w = wordingFor(content.lang);
  const { series, title, facts, videoLink } = meetingFacts(content, w);
  const sections: string[][] = [];
  if (series) sections.push([escapeMarkdown(series)]);
  sections.push([`# ${escapeMarkdown(title)}`]);
  const factLines = facts.map(({ label, value }) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`);
  if (videoLink) factLines.push(`**${escapeMarkdown(w.videoLink)}:** ${escapeMarkdown(videoLink)}`);
  if (factLines.length > 0) sections.push(hardBreaks(factLines));
  sections.push(
    hardBreaks([
      escapeMarkdown(finalisedText(content, w)),
      `SHA-256: ${escapeMarkdown(content.version.sha256)}`,
    ]),
  );
  const approvals = approvalLines(content, w);
  sections.push([
    `## ${escapeMarkdown(content.verified ? w.verified : w.verification)}`,
    '',
    ...(approvals.length > 0
      ? approvals.map((line) => `- ${escapeMarkdown(line)}`)
      : [escapeMarkdown(w.notYetVerified)]),
  ]);
  for (const block of blocksOf(content.document)) sections.push(blockLines(block, w, 2));
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function blockLines(block: Block, w: Wording, level: number): string[] {
  switch (block.kind) {
    case 'meetingHeader':
      return [];
    case 'attendees':
      return block.rows.length > 0
        ? [
            `${'#'.repeat(level)} ${escapeMarkdown(w.attendees)}`,
            '',
            ...block.rows.map((row) => attendee(row, w)),
          ]
        : [];
    case 'agendaItem':
      return agendaItem(block, w, level);
    case 'heading':
      return [
        `${'#'.repeat(Math.min(6, level + block.level - 1))} ${spansToMarkdown(block.spans).replace(/\\\n/g, ' ')}`,
      ];
    case 'paragraph':
      return spansToMarkdown(block.spans).split('\n');
    case 'codeBlock': {
      const fence = '`'.repeat(Math.max(3, ...(block.text.match(/`+/g) ?? []).map((run) => run.length + 1)));
      return [fence, ...block.text.split('\n'), fence];
    }
    case 'list':
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${block.start + index}. ` : '- ';
        const lines = joinBlocks(item, w, level);
        return lines.map((line, i) => (i === 0 ? marker + line : indent(' '.repeat(marker.length), line)));
      });
    case 'quote':
      return joinBlocks(block.blocks, w, level).map((line) => (line === '' ? '>' : `> ${line}`));
    case 'decision': {
      const first = `**${escapeMarkdown(w.decision)}:** ${spansToMarkdown(block.spans)}`;
      return hardBreaks([first, ...decisionNotes(block, w).map(escapeMarkdown)]);
    }
    case 'task': {
      const details = taskDetails(block, w, { withStatus: false });
      const suffix = details.length > 0 ? ` (${escapeMarkdown(details.join(', '))})` : '';
      const box = block.status === 'done' ? 'x' : ' ';
      return `- [${box}] ${spansToMarkdown(block.spans)}${suffix}`.split('\n');
    }
    case 'nextMeeting':
      return [
        `${'#'.repeat(level)} ${escapeMarkdown(w.nextMeeting)}`,
        '',
        escapeMarkdown(nextMeetingText(block, w)),
      ];
    case 'rule':
      return ['---'];
  }
}

function agendaItem(item: AgendaItemBlock, w: Wording, level: number): string[] {
  const lines = [`${'#'.repeat(level)} ${escapeMarkdown(w.agendaHeading(item.number, item.title))}`];
  const about: string[] = [];
  if (item.status === 'tabled') about.push(`**${escapeMarkdown(w.tabled)}**`);
  if (item.presenter) about.push(`_${escapeMarkdown(`${w.presenter}: ${item.presenter}`)}_`);
  if (about.length > 0) lines.push('', hardBreaks(about).join('\n'));
  const body = joinBlocks(item.blocks, w, level + 1);
  return body.length > 0 ? [...lines, '', ...body] : lines;
}

function attendee(row: AttendeeRow, w: Wording): string {
  const name = row.duty ? `${row.name} (${w.dutyOf[row.duty]})` : row.name;
  const line = [name, row.role, row.organisation].filter(Boolean).join(', ');
  return `- ${escapeMarkdown(`${line} – ${w.attendanceOf[row.attendance]}`)}`;
}

/** Blocks one after another, a blank line between them. */
function joinBlocks(blocks: readonly Block[], w: Wording, level: number): string[] {
  return blocks
    .map((block) => blockLines(block, w, level))
    .filter((lines) => lines.length > 0)
    .flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]));
}

function hardBreaks(lines: readonly string[]): string[] {
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}  ` : line));
}

const indent = (prefix: string, line: string): string => (line === '' ? '' : prefix + line);
