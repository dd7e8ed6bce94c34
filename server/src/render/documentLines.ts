import type { JSONContent } from '@tiptap/core';
import type { Block } from './Block.js';
import { decisionNotes, nextMeetingText, taskDetails } from './blockDetails.js';
import { blocksOf } from './blocksOf.js';
import { formatClock, formatDate } from './formatDate.js';
import { plainText } from './plainText.js';
import type { Lang } from './VersionContent.js';
import { type Wording, wordingFor } from './wordingFor.js';

/** The document as readable lines of plain text, one per block ("§ 2 Title", "Beslut: …"), for diffs. */
export function documentLines(document: JSONContent, lang: Lang): string[] {
  const w = wordingFor(lang);
  return blocksOf(document)
    .flatMap((block) => blockLines(block, w))
    .filter((line) => line.trim() !== '');
}

function blockLines(block: Block, w: Wording): string[] {
  switch (block.kind) {
    case 'meetingHeader': {
      const time = [block.startTime, block.endTime].filter(Boolean).join('–');
      const date = block.date && formatDate(block.date, w.lang);
      const parts = [
        block.series,
        block.title,
        date,
        time && formatClock(time, w.lang),
        block.room,
        block.videoLink,
      ];
      return [parts.filter(Boolean).join(' · ')];
    }
    case 'attendees':
      return block.rows.map((row) => {
        const about = [row.name, row.duty && w.dutyOf[row.duty], row.role, row.organisation].filter(Boolean);
        return `${w.attendees}: ${about.join(', ')} (${w.attendanceOf[row.attendance]})`;
      });
    case 'agendaItem': {
      const notes = [
        block.status === 'tabled' && w.tabled,
        block.presenter && `${w.presenter}: ${block.presenter}`,
      ];
      const suffix = notes.filter(Boolean).join(', ');
      const head = `${w.agendaHeading(block.number, block.title)}${suffix ? ` (${suffix})` : ''}`;
      return [head, ...block.blocks.flatMap((child) => blockLines(child, w))];
    }
    case 'heading':
    case 'paragraph':
      return [oneLine(plainText(block.spans))];
    case 'codeBlock':
      return block.text.split('\n');
    case 'list':
      return block.items.flatMap((blocks, index) => {
        const marker = block.ordered ? `${block.start + index}.` : '•';
        return blocks
          .flatMap((child) => blockLines(child, w))
          .map((line, i) => (i === 0 ? `${marker} ${line}` : `  ${line}`));
      });
    case 'quote':
      return block.blocks.flatMap((child) => blockLines(child, w)).map((line) => `> ${line}`);
    case 'decision': {
      const notes = decisionNotes(block, w);
      return [
        `${w.decision}: ${oneLine(plainText(block.spans))}${notes.length ? ` (${notes.join('; ')})` : ''}`,
      ];
    }
    case 'task': {
      const details = taskDetails(block, w);
      return [`${w.task}: ${oneLine(plainText(block.spans))} (${details.join('; ')})`];
    }
    case 'nextMeeting':
      return [`${w.nextMeeting}: ${nextMeetingText(block, w)}`];
    case 'rule':
      return [];
  }
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
