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
  | 'owner'
  | 'due'
  | 'nextMeeting'
  /** Form fields of a protocol that hold nothing to recognise ("Paragrafer", "Expedieras till"). */
  | 'other';

export interface Label {
  field: LabelField;
  /** What follows the label on the same line, "" when the label stands alone. */
  rest: string;
  /** What stands in parentheses after the label: "Action (HB):" gives "HB". */
  note?: string;
}

const LABELS: readonly [LabelField, string][] = [
  [
    'absent',
    'ej närvarande|ej närvarande ledamöter|icke närvarande|frånvarande|frånvarande ledamöter|anmält förhinder|förhinder|borta|ej med|absent|regrets|apologies|apologies for absence|apologies received|not present|excused|members absent|absentees',
  ],
  [
    'guests',
    'övriga|staff|personal|tjänstemän|tjänstepersoner|närvarande i övrigt|även närvarande|övriga närvarande|övriga deltagare|adjungerade?|gäster|gäst|inbjudna|also present|also attending|guests|observers|staff present|in attendance',
  ],
  [
    'present',
    'närvarande|närvarande ledamöter|närvarande styrelseledamöter|deltagare|deltagande|deltog|närvarade|beslutande|beslutande ledamöter|tjänstgörande ledamöter|tjänstgörande ersättare|närvarande ersättare|ersättare|present|attendees|attendance|participants|members present|board members present|trustees present|directors present|attending|those present',
  ],
  [
    'secretary',
    'sekreterare|mötessekreterare|protokollförare|protokollförande|vid protokollet|antecknare|antecknat av|minnesanteckningar av|secretary|minutes taken by|minutes by|minute taker|minute-taker|minutes|scribe|scribes|recorder|note taker|note-taker|notes taken by|notes|anteckningar|antecknare|antecknade|antecknad av|recording secretary',
  ],
  [
    'chair',
    'ordförande|mötesordförande|mötets ordförande|ordf|chair|chairs|chairperson|chairman|chairwoman|chaired by|in the chair|presiding|facilitator|moderator',
  ],
  [
    'verifiers',
    'justerare|justeras|justerande|protokolljusterare|justeringsperson|justeringspersoner|justeras av|utses att justera|utsedd att justera|verifiers?',
  ],
  [
    'date',
    'datum|mötesdatum|sammanträdesdatum|date|meeting date|tid och plats|plats och tid|datum och tid|datum och plats|date and time|date and venue|time and place|time and venue',
  ],
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
    'åtgärd|åtgärder|action|actions|action item|action items|action point|action points|new action items|todo|to do|to-do|att göra|uppgift|uppgifter|uppdrag|nya uppdrag|nästa steg|next steps|follow-up|follow-ups|follow up|agreed actions',
  ],
  [
    'owner',
    'ansvarig|ansvariga|ansvar|ansvarar|ansvarsperson|vem|owner|owners|responsible|responsibility|who|assigned to|assignee|assignees',
  ],
  [
    'due',
    'klart till|klart senast|klar till|klart|färdigt till|färdigt senast|senast klart|deadline|due|due date|due by|by when|target date',
  ],
  [
    'nextMeeting',
    'nästa [\\p{L}-]*(?:möte|mötet|träff|träffen|sammanträde|avstämning|grupp|gruppen|råd|rådet|nätverk|nätverket|utskott)|nästa apt|next [\\p{L}-]+ (?:meeting|call|sync)|nästa möte|nästa sammanträde|nästa styrelsemöte|nästa träff|nästa möte äger rum|nästa avstämning|next meeting|next call|next sync|next session|next teleconference|date of next meeting|next meeting date',
  ],
  [
    'other',
    'justeringens plats och tid|justeringens tid och plats|justeringens plats|justeringens tid|justering|paragrafer|underskrifter|underskrift|utdragsbestyrkande|beslutsunderlag|expedieras till|expedieras|beslutet skickas till|beslutet expedieras till|signatures|signed',
  ],
];

/** The first letters of every label word; a line that starts otherwise has no label. */
const LABEL_START = new RegExp(
  `^(?:${[...new Set(LABELS.flatMap(([, words]) => words.split('|').map((word) => word.slice(0, 2).toLowerCase())))].join('|')})`,
  'iu',
);
const LABEL_PATTERN = new RegExp(
  `^(?:(${LABELS.map(([, words]) => words).join('|')}))(?:\\s+(?:nr\\.?|no\\.?|#)?\\s*\\d[\\d/.-]*(?=\\s*(?:[:：]\\s*\\D|\\()))?\\s*(?:\\(([^()]{0,24})\\)\\s*)?(?:[:：]\\s*|[-–—]\\s+|(?=[._…]{4,})|$)`,
  'iu',
);

const FIELDS = LABELS.map(([field, words]) => [field, new RegExp(`^(?:${words})$`, 'iu')] as const);

/** The field a line is labelled with ("Närvarande: …", "Regrets: …", "Beslut:"), if any. */
export function matchLabel(text: string): Label | null {
  if (!LABEL_START.test(text)) return null;
  const match = LABEL_PATTERN.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const rest = text.slice(match[0].length).trim();
  if (/^minutes$/u.test(word) && !/[:：]/u.test(match[0])) return null;
  const note = match[2]?.trim();
  for (const [field, words] of FIELDS)
    if (words.test(word)) return note ? { field, rest, note } : { field, rest };
  return null;
}
