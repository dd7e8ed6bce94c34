/**
 * What a secretary types for two of the real minutes in ../shared/fixtures/minutes, in the order
 * they would write it during the meeting. The gold answers (copied from ../shared/fixtures/gold) live in tests/browser/gold.
 */
export interface TaskLine {
  task: string;
  assignees: string[];
  /** A calendar date for the date picker, or words for the free-text field. */
  due?: { date: string } | { text: string };
}

export type Line = string | TaskLine;

export interface FixtureScript {
  gold: string;
  title: string;
  date: string;
  series: string;
  attendees: Array<{ name: string; duty?: 'chair' | 'secretary' | 'verifier' }>;
  agenda: Array<{ title: string; lines: Line[] }>;
  nextMeeting?: string;
}

export const fixtureScripts: FixtureScript[] = [
  {
    gold: '2025-04-29-styrgrupp.gold.json',
    title: 'Minnesanteckningar Styrgrupp 250429',
    date: '2025-04-29',
    series: 'Tillsammans för barnens bästa',
    attendees: [
      { name: 'Nettan Candolf' },
      { name: 'Malin Sjöqvist' },
      { name: 'Karin Dahlqvist Claesson' },
      { name: 'Elisabeth Kantor' },
      { name: 'Katarina Haddon' },
      { name: 'Marita Encke Dahlin' },
      { name: 'Mari Kampf Westerberg' },
      { name: 'Jennie Nimborg' },
      { name: 'Johan Lindeberg' },
      { name: 'Lina Larsson' },
    ],
    agenda: [
      { title: 'Statusrapport', lines: ['Processledarna informerade om aktuellt läge i implementeringen.'] },
      {
        title: 'NPF-delprojekt, slutsatser och rekommendationer',
        lines: [
          'Slutsatserna och rekommendationerna presenterades och diskuterades.',
          {
            task: 'Lyfta förslagen till skolchefsnätverket och länsstyrgruppens gemensamma möte',
            assignees: ['Processledarna'],
            due: { date: '2025-05-09' },
          },
        ],
      },
      {
        title: 'Övrigt',
        lines: [
          'Beslut: Vi ska förse verksamheter med klistermärken när vi möter dem; långsiktigt hänvisas till beställning vid större volymer.',
        ],
      },
    ],
  },
  {
    gold: '2026-04-28-styrgrupp.gold.json',
    title: 'Minnesanteckningar Styrgruppsmöte',
    date: '2026-04-28',
    series: 'Tillsammans för barnens bästa',
    attendees: [
      { name: 'Karin Dahlqvist Claesson', duty: 'chair' },
      { name: 'Malin Sjöqvist' },
      { name: 'Nettan Candolf' },
      { name: 'Johan Lindeberg' },
      { name: 'Marita Encke Dahlin' },
      { name: 'Katarina Haddon' },
      { name: 'Elisabeth Kantor' },
      { name: 'Mari Kampf Westerberg' },
      { name: 'Ester te Poele' },
    ],
    agenda: [
      {
        title: 'Statusrapport',
        lines: ['Processledarna beskriver delar ur statusrapportens resultatdel muntligt.'],
      },
      {
        title: 'Tidsplan, dialog',
        lines: [
          'Dialogen utgick från den tidigare presenterade bilden av milstolpar i tidsplanen.',
          'Beslut: Tidsplanen beslutas utifrån justerade tidsramar och kan publiceras och spridas.',
          'Beslut: Tidsplanen ses som en rekommendation på övergripande nivå.',
          'Beslut: Lokala anpassningar kan behövas utifrån lokala förutsättningar.',
          'Beslut: Särskilt fokus läggs på kommunikation, förankring och ledning/styrning i det fortsatta arbetet.',
        ],
      },
      {
        title: 'Planeringsdag styrgrupp 2 juni',
        lines: ['Beslut: Planeringsdagen genomförs som en halvdag (förmiddag) i Malmköping.'],
      },
      {
        title: 'NPF delprojekt, fortsatt hantering',
        lines: [
          {
            task: 'Frågan lyfts och bereds i skolchefsnätverket för fördjupad dialog',
            assignees: ['Johan Lindeberg', 'Marita Encke Dahlin'],
            due: { date: '2026-06-05' },
          },
          { task: 'Återkoppling sker till styrgrupp', assignees: [], due: { text: 'augusti' } },
          {
            task: 'Vidare bearbetning och gemensam dialog på gemensamt möte',
            assignees: ['länsstyrgrupp', 'skolchefsnätverket'],
            due: { text: 'oktober' },
          },
        ],
      },
    ],
    nextMeeting: '2026-06-02',
  },
];
