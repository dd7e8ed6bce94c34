export type LabelField =
  | 'date'
  | 'time'
  | 'place'
  | 'present'
  | 'absent'
  | 'guests'
  | 'secretary'
  | 'chair'
  | 'verifiers'
  | 'agenda'
  | 'decisions'
  | 'actions'
  | 'nextMeeting';

export interface Label {
  field: LabelField;
  /** What follows the label on the same line, "" when the label stands alone. */
  rest: string;
}

const LABELS: readonly [LabelField, string][] = [
  [
    'absent',
    'ej närvarande|ej närvarande ledamöter|icke närvarande|frånvarande|frånvarande ledamöter|anmält förhinder|förhinder|absent|regrets|apologies|apologies for absence|apologies received|not present|excused|members absent|absentees',
  ],
  [
    'guests',
    'övriga|staff|personal|tjänstemän|tjänstepersoner|närvarande i övrigt|även närvarande|övriga närvarande|övriga deltagare|adjungerade?|gäster|gäst|inbjudna|also present|also attending|guests|observers|staff present|in attendance',
  ],
  [
    'present',
    'närvarande|närvarande ledamöter|närvarande styrelseledamöter|deltagare|deltagande|deltog|närvarade|present|attendees|attendance|participants|members present|board members present|trustees present|directors present|attending|those present',
  ],
  [
    'secretary',
    'sekreterare|mötessekreterare|protokollförare|protokollförande|vid protokollet|antecknare|antecknat av|minnesanteckningar av|secretary|minutes taken by|minutes by|minute taker|minute-taker|minutes|scribe|scribes|recorder|note taker|note-taker|notes taken by|notes|anteckningar|antecknare|recording secretary',
  ],
  [
    'chair',
    'ordförande|mötesordförande|mötets ordförande|ordf|chair|chairs|chairperson|chairman|chairwoman|chaired by|in the chair|presiding|facilitator|moderator',
  ],
  [
    'verifiers',
    'justerare|justeras|justerande|protokolljusterare|justeringsperson|justeringspersoner|justeras av|verifiers?',
  ],
  ['date', 'datum|mötesdatum|sammanträdesdatum|date|meeting date'],
  ['time', 'tid|tidpunkt|klockan|time'],
  [
    'place',
    'plats|lokal|mötesplats|location|place|venue|where|room|rum|video|videolänk|teams-länk|zoom|länk|link',
  ],
  ['agenda', 'dagordning|föredragningslista|ärendelista|agenda|program'],
  [
    'decisions',
    'beslut|besluten|beslutades|beslöts|mötets beslut|styrelsens beslut|mötet beslutade|styrelsen beslutade|överenskommet|överenskommelse|överenskommelser|decision|decisions|decided|resolved|resolution|resolutions|agreed|consensus|konsensus',
  ],
  [
    'actions',
    'åtgärd|åtgärder|action|actions|action item|action items|action point|action points|new action items|todo|to do|to-do|att göra|uppgift|uppgifter|nästa steg|next steps|follow-up|follow-ups|follow up',
  ],
  [
    'nextMeeting',
    'nästa möte|nästa sammanträde|nästa styrelsemöte|nästa träff|nästa möte äger rum|nästa avstämning|next meeting|next call|next sync|next session|next teleconference|date of next meeting|next meeting date',
  ],
];

/** The first letters of every label word; a line that starts otherwise has no label. */
const LABEL_START = new RegExp(
  `^(?:${[...new Set(LABELS.flatMap(([, words]) => words.split('|').map((word) => word.slice(0, 2).toLowerCase())))].join('|')})`,
  'iu',
);
const LABEL_PATTERN = new RegExp(
  `^(?:(${LABELS.map(([, words]) => words).join('|')}))\\s*(?:[:：]\\s*|[-–—]\\s+|$)`,
  'iu',
);

/** The field a line is labelled with ("Närvarande: …", "Regrets: …", "Beslut:"), if any. */
export function matchLabel(text: string): Label | null {
  if (!LABEL_START.test(text)) return null;
  const match = LABEL_PATTERN.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const rest = text.slice(match[0].length).trim();
  if (/^minutes$/u.test(word) && !/[:：]/u.test(match[0])) return null;
  for (const [field, words] of LABELS) {
    if (new RegExp(`^(?:${words})$`, 'iu').test(word)) return { field, rest };
  }
  return null;
}
