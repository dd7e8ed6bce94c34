import { describe, expect, it } from 'vitest';
import { markdownLines } from './markdownLines.js';
import { normaliseLines } from './normaliseLines.js';
import { recogniseAgenda } from './recogniseAgenda.js';

const agenda = (text: string, markdown = false) =>
  recogniseAgenda(markdown ? markdownLines(text) : normaliseLines(text), new Set()).items.map(
    ({ number, title }) => [number, title],
  );

describe('recogniseAgenda', () => {
  it.each([
    [
      'title lines followed by body text',
      'Statusrapport\nProcessledarna informerade om läget.\nNyköping:\nText om Nyköping.\nSammanfattning och beslut\n- Tidsplanen beslutas.\nFöljeforskning\nBordläggs till mötet i februari.',
      [
        [null, 'Statusrapport'],
        [null, 'Följeforskning'],
      ],
    ],
    [
      '§ numbering',
      '§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2\nVal av justerare\nLisa valdes.\nSammanfattning\nText här.',
      [
        ['§ 1', 'Mötets öppnande'],
        ['§ 2', 'Val av justerare'],
      ],
    ],
    [
      '§ lines with a case number beside them',
      '§ 13                Dnr KFN 2025/41\nGodkännande av dagordning\nNämndens beslut\nDagordningen godkänns.\n§ 14    Dnr 2024/212\nInvesteringsbidrag\nText.',
      [
        ['§ 13', 'Godkännande av dagordning'],
        ['§ 14', 'Investeringsbidrag'],
      ],
    ],
    [
      'numbered items, not a numbered list of questions',
      '1. Welcome\nThe chair welcomed all.\nQuestions:\n1. What is covered?\n2. What is missing?\n2. Finance report\nIncome is ahead.',
      [
        ['1', 'Welcome'],
        ['2', 'Finance report'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(agenda(text)).toEqual(expected);
  });

  it('takes the numbered Markdown headings when some are numbered', () => {
    expect(
      agenda(
        '## Minnesanteckningar\n### Dagordning\n#### 1. Hjälpmedel\nText.\n### Resultat\n## 2. SAMS\nText.',
        true,
      ),
    ).toEqual([
      ['1', 'Hjälpmedel'],
      ['2', 'SAMS'],
    ]);
  });

  it('takes the top heading level otherwise', () => {
    expect(agenda('## Token naming\nText.\n### Details\nMore.\n## Release 3.2\nText.', true)).toEqual([
      [null, 'Token naming'],
      [null, 'Release 3.2'],
    ]);
  });
});
