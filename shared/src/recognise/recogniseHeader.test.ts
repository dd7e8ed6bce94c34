import { describe, expect, it } from 'vitest';
import { markdownLines } from './markdownLines.js';
import { normaliseLines } from './normaliseLines.js';
import { recogniseHeader } from './recogniseHeader.js';

const header = (text: string, markdown = false, language: 'sv' | 'en' = 'sv') => {
  const {
    consumed: _,
    end: __,
    ...fields
  } = recogniseHeader(markdown ? markdownLines(text) : normaliseLines(text), new Set(), language);
  return fields;
};

describe('recogniseHeader', () => {
  it.each([
    [
      'series, title and a date line',
      'Tillsammans för barnens bästa\n\nMinnesanteckningar Styrgruppsmöte\n\n24 februari 2026\n\nNärvarande:',
      {
        series: 'Tillsammans för barnens bästa',
        title: 'Minnesanteckningar Styrgruppsmöte',
        date: '2026-02-24',
      },
    ],
    [
      'a compact date in the title',
      'Tillsammans för barnens bästa\nMinnesanteckningar Styrgrupp 250429\nNärvarande',
      { title: 'Minnesanteckningar Styrgrupp 250429', date: '2025-04-29' },
    ],
    [
      'a title continued on the next line',
      'Minnesanteckningar planeringsdag\n\nStyrgruppen 250610\nNärvarande: Nettan, Malin',
      { title: 'Minnesanteckningar planeringsdag Styrgruppen 250610', date: '2025-06-10' },
    ],
    [
      'labelled fields',
      'Protokoll\nDatum: 2024-03-12\nTid: 18.30–20.45\nPlats: Föreningslokalen',
      { title: 'Protokoll', date: '2024-03-12', time: '18.30–20.45', place: 'Föreningslokalen' },
    ],
    [
      'a "held on" line',
      'RIVERSIDE TRUST\nMinutes of the Board Meeting\nHeld on Tuesday 9 April 2024 at 7.00 pm, Community Centre, Room 2\nPresent: A',
      {
        series: 'RIVERSIDE TRUST',
        title: 'Minutes of the Board Meeting',
        date: '2024-04-09',
        time: '7.00 pm',
        place: 'Community Centre, Room 2',
      },
    ],
    [
      'a title with its "held on" line run in',
      'UNIVERSITY OF NORTHBRIDGE\nMinutes of the Learning and Teaching Committee\nheld on Wednesday 12 February 2025 at 2.00 pm in Room B.104, Hadley Building\nPresent: A',
      {
        title: 'Minutes of the Learning and Teaching Committee',
        date: '2025-02-12',
        time: '2.00 pm',
        place: 'Room B.104, Hadley Building',
      },
    ],
    [
      'one label for place and time',
      'SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2025-03-18\nPlats och tid        Kommunhuset, rum Ädelfors, kl. 13.30–16.10',
      { date: '2025-03-18', time: '13.30-16.10', place: 'Kommunhuset, rum Ädelfors' },
    ],
  ])('%s', (_, text, expected) => {
    expect(header(text)).toMatchObject(expected);
  });

  it('reads a Markdown heading and labels on one line', () => {
    expect(
      header(
        '# Design WG — weekly sync\n\n**Date:** 2024-09-05 · **Time:** 15:00–15:45 · **Where:** Zoom',
        true,
        'en',
      ),
    ).toMatchObject({
      title: 'Design WG — weekly sync',
      date: '2024-09-05',
      time: '15:00–15:45',
      place: 'Zoom',
    });
  });

  it('finds nothing in empty text', () => {
    expect(header('')).toEqual({ series: null, title: null, date: null, time: null, place: null });
  });
});
