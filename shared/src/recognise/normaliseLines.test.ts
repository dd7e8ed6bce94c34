import { describe, expect, it } from 'vitest';
import { normaliseLines } from './normaliseLines.js';

const texts = (text: string) => normaliseLines(text).map((line) => line.text);

describe('normaliseLines', () => {
  it.each([
    [
      'a sentence broken by a PDF line break',
      'Implementeringen pågår i länet och arbetet \n\nfortsätter enligt plan.',
      ['Implementeringen pågår i länet och arbetet fortsätter enligt plan.'],
    ],
    [
      'a date broken onto the next line',
      `${'Processledarna får i uppdrag att lyfta förslagen till det gemensamma'} möte \n\n9/5–25.`,
      ['Processledarna får i uppdrag att lyfta förslagen till det gemensamma möte 9/5–25.'],
    ],
    [
      'a heading before body text',
      'Statusrapport \nProcessledarna informerade om läget.',
      ['Statusrapport', 'Processledarna informerade om läget.'],
    ],
    [
      'a closed sentence before a lowercase line',
      'Mötet öppnades.\nalla hälsades välkomna',
      ['Mötet öppnades.', 'alla hälsades välkomna'],
    ],
    [
      'a hyphenated word',
      'Arbetet med implemente-\nringen fortsätter.',
      ['Arbetet med implementeringen fortsätter.'],
    ],
    [
      'an elliptic compound',
      'Frågan gäller barn-\noch ungdomsnämnden.',
      ['Frågan gäller barn- och ungdomsnämnden.'],
    ],
    [
      'att-clauses under a decision',
      'Styrelsen beslutade\natt anta budgeten, samt\natt välja Anna.',
      ['Styrelsen beslutade', 'att anta budgeten, samt', 'att välja Anna.'],
    ],
    [
      'columns of a signature block',
      'Anna Berg        Lisa Ström\nordförande       justerare',
      ['Anna Berg; Lisa Ström', 'ordförande; justerare'],
    ],
    [
      'a label in the first column of a form',
      'Beslutande        Maria Lundqvist (S), ordförande\nPlats och tid      Kommunhuset, kl. 13.30',
      ['Beslutande: Maria Lundqvist (S), ordförande', 'Plats och tid: Kommunhuset, kl. 13.30'],
    ],
    ['a row of labels only', 'Vid protokollet          Justeras', ['Vid protokollet; Justeras']],
    [
      'columns separated by tabs',
      'Present:\tJane Thompson (JT)\n1.\tWELCOME',
      ['Present: Jane Thompson (JT)', 'WELCOME'],
    ],
    [
      'a page head repeated by a PDF',
      'PROTOKOLL\nKultur- och fritidsnämnden\n§ 1\nVal av justerare\nAnna utses.\nJusterandes sign          Utdragsbestyrkande\nPROTOKOLL          Sida 2 (3)\nKultur- och fritidsnämnden\n§ 2\nBudget',
      ['PROTOKOLL', 'Kultur- och fritidsnämnden', '', 'Val av justerare', 'Anna utses.', '', 'Budget'],
    ],
    [
      'odd spaces and control characters',
      'Beslut:\u00a0Budgeten\u0007 antas.\r\n',
      ['Beslut: Budgeten antas.'],
    ],
  ])('%s', (_, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it.each([
    ['• Första punkten', 'item', 1, null, 'Första punkten'],
    ['  - indragen punkt', 'item', 2, null, 'indragen punkt'],
    ['1. Dagordning', 'item', 1, '1', 'Dagordning'],
    ['§ 4 Ekonomi', 'paragraph', 0, '§ 4', 'Ekonomi'],
    ['§12. Val av revisorer', 'paragraph', 0, '§ 12', 'Val av revisorer'],
    ['§ 13                      Dnr KFN 2025/41', 'paragraph', 0, '§ 13', 'Dnr KFN 2025/41'],
    ['- [ ] Anna skickar ut kallelsen', 'item', 1, null, 'Anna skickar ut kallelsen'],
    ['- **Uppföljning inför hösten**', 'item', 1, null, 'Uppföljning inför hösten'],
  ])('reads the start of %j', (input, kind, level, number, text) => {
    const [line] = normaliseLines(input);
    expect(line).toMatchObject({ kind, level, number, text });
  });

  it('keeps bold spans', () => {
    const [line] = normaliseLines('**Närvarande:** Anna, Bo');
    expect(line?.segments).toEqual([
      { text: 'Närvarande:', bold: true },
      { text: ' Anna, Bo', bold: false },
    ]);
  });

  it('joins a bullet standing alone with the text after it', () => {
    expect(normaliseLines('•\nBUP lyfts fortsatt.')).toMatchObject([
      { kind: 'item', text: 'BUP lyfts fortsatt.' },
    ]);
  });

  it.each([
    ['a pipe table', '| Åtgärd | Ansvarig |\n|---|---|\n| Boka lokal | Anna |'],
    ['a table of columns', 'Åtgärd        Ansvarig        Klart\nBoka lokal        Anna        20/10'],
  ])('reads the rows of %s with their cells', (_, text) => {
    expect(normaliseLines(text).map(({ cells, tableHeader }) => ({ cells, tableHeader }))).toEqual([
      { cells: ['Åtgärd', 'Ansvarig', ...(text.includes('Klart') ? ['Klart'] : [])], tableHeader: true },
      { cells: ['Boka lokal', 'Anna', ...(text.includes('Klart') ? ['20/10'] : [])], tableHeader: false },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(normaliseLines('')).toEqual([]);
    expect(normaliseLines(' \n\t\n ')).toEqual([]);
  });
});
