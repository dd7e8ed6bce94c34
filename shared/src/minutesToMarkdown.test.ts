import { describe, expect, it } from 'vitest';
import { extractMinutes } from './extract/extractMinutes.js';
import { minutesContent as m } from './minutesContent.js';
import { minutesSchema } from './minutesSchema.js';
import { minutesToMarkdown } from './minutesToMarkdown.js';

const schema = minutesSchema();

describe('minutesToMarkdown', () => {
  it('renders decisions and tasks under their agenda item, and escapes what people wrote', () => {
    const doc = schema.nodeFromJSON(
      m.doc(
        m.meetingHeader({ title: 'Styrgrupp', date: '2026-02-24' }),
        m.attendeeList(
          m.attendee('Karin', { duty: 'chair' }),
          m.attendee('Jennie', { attendance: 'excused' }),
        ),
        m.agendaItem('Hjälpmedel', [m.decision('Godkänner *allt* <script>')]),
        m.agendaItem('SAMS', [m.actionItem('Ta fram förslag', { assignees: ['Lina'], due: '2026-06-02' })], {
          status: 'tabled',
        }),
        m.nextMeeting({ date: '2026-10-09' }),
      ),
    );
    const markdown = minutesToMarkdown(extractMinutes(doc, { meetingDate: null }));
    expect(markdown).toContain('# Styrgrupp');
    expect(markdown).toContain('**Ordförande:** Karin');
    expect(markdown).toContain('### 1. Hjälpmedel');
    expect(markdown).toContain('**Beslut:** Godkänner \\*allt\\* \\<script\\>');
    expect(markdown).toContain('### 2. SAMS (bordlagd)');
    expect(markdown).toContain('- [ ] Ta fram förslag — Ansvarig: Lina — Klart: 2026\\-06\\-02');
    expect(markdown).toContain('## Ej närvarande\n\n- Jennie (anmält förhinder)');
    expect(markdown).toContain('## Nästa möte\n\n2026\\-10\\-09');
  });
});
