import type { AssigneeResolver } from './resolveAssignees.js';
import { wordBoundaries } from './wordBoundaries.js';

const ADVERBIAL_START = wordBoundaries(/^(?:till|inför|under|efter|innan|före|senast|på|i|vid)\b/iu);
const FEEDBACK_VERB = wordBoundaries(/\b(?:ges|sker|lämnas)\b/iu);

export interface ActionMatch {
  assignees: string[];
}

export interface ActionContext {
  resolve: AssigneeResolver;
  /** Whether the sentence names a due date or a coming meeting; asked only when a rule needs it. */
  hasDue: () => boolean;
}

const STRONG_SV =
  'åtar sig|tar på sig|tar fram|tar med sig|tar med|tar kontakt|tar över|tar ansvar|tar hand om|tar reda på|ser över|ser till|återkommer|kontaktar|bjuder in|skickar|sammanställer|undersöker|utreder|bokar|kallar|ansvarar|följer upp|bereder|tittar på|tittar vidare|tittar närmare|stämmer av|förbereder|uppdaterar|reviderar|kollar|mejlar|mailar|meddelar|lyfter frågan|lyfter förslaget|lyfter ärendet|arbetar fram|arbetar vidare|ordnar|fixar|köper|beställer|hör av sig|hör med|återrapporterar|håller i|samordnar|upprättar|färdigställer|sätter ihop|sätter upp|utarbetar|formulerar|sammankallar|ombesörjer|inhämtar|hämtar in|tillfrågar|skriver ihop|skriver|bjuder|påbörjar|författar|justerar|granskar|kompletterar|förankrar|säkerställer|tar ställning|utformar|organiserar|ringer';
const WEAK_SV =
  'planerar|svarar|genomför|skapar|utvecklar|presenterar|redovisar|informerar|rapporterar|lyfter|gör|driver|fortsätter|deltar|medverkar|återkopplar|kommunicerar|visar|tar';
const MODAL_SV = 'ska|skall';
const FUTURE_SV = 'kommer att|kommer|behöver|bör|måste';
const EN_LINK =
  "to|will|shall|agreed to|volunteered to|offered to|undertook to|is to|are to|has agreed to|have agreed to|is going to|are going to|committed to|took an action to|takes an action to|has the action to|needs to|need to|should|'ll";

const SUBJECT = '([^.!?;:]{1,90}?)';
/** Verbs of being, saying and thinking: "Gruppen föreslår … i september" sets no task. */
const SAYING =
  'är|har|blir|finns|föreslår|yrkar|anser|menar|tycker|tror|konstaterar|informerar|berättar|påminner|påpekar|upplever|bedömer|framför|understryker|betonar|noterar|undrar|frågar|svarar|önskar|vill|kan|får|ser';
const SUBJECT_FIRST = wordBoundaries(
  new RegExp(
    `^${SUBJECT}\\s+(?:(${STRONG_SV})|(${MODAL_SV})\\s+(?!inte\\b)\\p{Ll}|(${FUTURE_SV})\\s+(?!inte\\b)\\p{Ll}|(${WEAK_SV}))(?![\\p{L}])`,
    'iu',
  ),
);
const PRESENT_VERB = wordBoundaries(
  new RegExp(`^${SUBJECT}\\s+(?!(?:${SAYING})\\b)\\p{Ll}{2,}(?:ar|er|ir|or|yr|år|ör)\\b`, 'u'),
);
const ASSIGNED = wordBoundaries(
  /^([^.!?;:]{1,90}?)\s+(?:får|fick|ges|gavs|erhåller|har fått|tilldelas)\s+(?:i\s+)?(?:uppdrag(?:et)?|uppgiften|ansvar(?:et)?)\s+(?:att|om|för|till)\b/iu,
);
const ASSIGNS = wordBoundaries(
  /\b(?:uppdrar|uppdrog|ger|ge|gav|uppdras|uppdra)\s+(?:åt\s+)?([^.!?;:]{1,80}?)\s+(?:i\s+uppdrag\s+|uppdraget\s+)?att\b|\bi\s+uppdrag\s+(?:åt|till)\s+([^.!?;:]{1,80}?)\s+att\b/iu,
);
const PASSIVE_BY = wordBoundaries(
  /\b\p{L}{3,}(?:as|ts|ds|s)\s+(?:och\s+\p{L}{3,}s\s+)?(?:\p{Ll}+\s+){0,2}?av\s+([^.!?;:]{1,80}?)(?=\s+(?:i|på|till|vid|inför|den|senast|under|för|med|innan|före|by|at|in|on)\b|[,.]|$)/u,
);
const INVERTED = wordBoundaries(
  /^[^,.!?]{1,40}?\s(tar|ser|följer|bjuder|stämmer|tittar|kontaktar|återkommer|skickar|sammanställer|undersöker|utreder|bokar|kallar|bereder|förbereder|uppdaterar|reviderar|meddelar|ordnar|beställer|ansvarar|samordnar|håller|presenterar|redovisar|lyfter)\s+(\p{Lu}[^,.!?]{0,60}?)\s+(fram|med|över|upp|av|på|in|i|för|kontakt|till|frågan|ett|en|förslag|\p{Ll}+)\b/u,
);
const FEEDBACK = wordBoundaries(
  /^(?:en\s+)?(?:återkoppling|återrapportering|rapportering|uppföljning|avstämning|redovisning|information|svar)\s+(?:\p{Ll}+\s+){0,3}?(?:ges|sker|görs|lämnas|kommer|ska|skall|planeras|till|på|vid|inför)\b/iu,
);
const PLANNED = wordBoundaries(/\b(?:planeras|ska ske|kommer att ske|sker)\b/iu);
/** Steps of the meeting's own procedure ("Justering sker den 25 mars") are no one's task. */
const PROCEDURE = wordBoundaries(
  /^(?:justering(?:en)?|protokollsjustering(?:en)?|protokollet|mötet|sammanträdet|nästa möte|valet|val|omröstning(?:en)?)\b/iu,
);
const ENGLISH = wordBoundaries(
  new RegExp(`^${SUBJECT}\\s+(${EN_LINK})\\s+(?!be\\b|not\\b|have been\\b)\\p{Ll}`, 'iu'),
);
const COLLECTIVE =
  /^(?:the\s+)?(?:board|committee|group|meeting|trustees|members|wg|working group|task force|council|team|staff|all|everyone|we|directors|participants)$/iu;
const THAT_CLAUSE = wordBoundaries(
  /\b(?:agreed|decided|resolved)\s+that\s+([^.!?;:]{1,80}?)\s+(?:would|should|will|shall|is to|are to|to)\s+\p{Ll}/iu,
);
const CLAUSE_BREAK = wordBoundaries(/\s*;\s+|,?\s+\b(?:and|och|samt|while|medan)\s+/giu);
const ASKED = wordBoundaries(
  /\b(?:asked|requested|tasked|directed|authori[sz]ed|instructed|invited|charged|mandated|appointed)\s+([^.!?;:]{1,80}?)\s+to\s+\p{Ll}/iu,
);
const OMBEDS = wordBoundaries(
  /^([^.!?;:]{1,80}?)\s+(?:ombeds|ombads|uppmanas|uppmanades|anmodas|ges i uppgift)\s+(?:att\s+)?\p{Ll}/iu,
);
const WAS_ASKED = wordBoundaries(
  /^([^.!?;:]{1,80}?)\s+(?:was|were|is|are|has been|have been)\s+(?:asked|requested|tasked|directed|authori[sz]ed|instructed|invited|charged|mandated)\s+(?:to|with)\b/iu,
);
const GROUPS = wordBoundaries(
  /\b(?:i|inom)\s+((?:[\p{L}-]+(?:grupp|gruppen|nätverk|nätverket|styrelse|styrelsen|nämnd|nämnden|utskott|utskottet))(?:\s+(?:och|samt)\s+[\p{L}-]+(?:grupp|gruppen|nätverk|nätverket|styrelse|styrelsen|nämnd|nämnden|utskott|utskottet))*)\b/iu,
);
const OWNER = wordBoundaries(
  /\((?:ansvarig|owner|ansvar|who|vem)\s*:\s*([^)]+)\)|\b(?:ansvarig|owner|responsible)\s*:\s*([^,;.]+)/iu,
);

/**
 * Whether a sentence sets a task, and for whom: "X får i uppdrag att …", "X tar fram …", "Styrelsen
 * uppdrar åt X att …", "… bereds av X den 5 juni", "Återkoppling ges …", "X to do Y by Friday", "X will …".
 */
export function recogniseAction(sentence: string, { resolve, hasDue }: ActionContext): ActionMatch | null {
  const text = sentence.trim();
  const assigned = ASSIGNED.exec(text);
  if (assigned?.[1]) {
    const who = resolve(stripLead(assigned[1]));
    if (who) return { assignees: who };
  }
  const assigns = ASSIGNS.exec(text);
  if (assigns) {
    const who = resolve(assigns[1] ?? assigns[2] ?? '');
    if (who) return { assignees: who };
  }
  const first = SUBJECT_FIRST.exec(text);
  if (first?.[1]) {
    const who = resolve(stripLead(first[1]));
    const strong = first[2] !== undefined || first[3] !== undefined;
    if (who && (strong || hasDue())) return { assignees: who };
  }
  const present = PRESENT_VERB.exec(text);
  if (present?.[1] && hasDue()) {
    const who = resolve(stripLead(present[1]));
    if (who) return { assignees: who };
  }
  const inverted = INVERTED.exec(text);
  if (inverted?.[2] && ADVERBIAL_START.test(text)) {
    const who = resolve(inverted[2]);
    const head = inverted[1] ?? '';
    const weak =
      /^(?:presenterar|redovisar|lyfter)$/u.test(head) ||
      (head === 'tar' && !/^(?:fram|med|kontakt|över|hand)$/u.test(inverted[3] ?? ''));
    if (who && (!weak || hasDue())) return { assignees: who };
  }
  const english = ENGLISH.exec(text);
  if (english?.[1]) {
    const subject = stripLead(english[1]);
    const who = resolve(subject);
    const collectiveAgreement = /agreed|committed/u.test(english[2] ?? '') && COLLECTIVE.test(subject);
    if (who && !collectiveAgreement) return { assignees: who };
  }
  const that = THAT_CLAUSE.exec(text);
  if (that?.[1]) {
    const who = resolve(stripLead(that[1]));
    if (who) return { assignees: who };
  }
  const asked =
    ASKED.exec(text) ??
    WAS_ASKED.exec(text) ??
    (/ombe|ombad|uppman|anmod|i uppgift/iu.test(text) ? OMBEDS.exec(text) : null);
  if (asked?.[1]) {
    const who = resolve(stripLead(asked[1]));
    if (who) return { assignees: who };
  }
  if (PASSIVE_BY.test(text) && hasDue()) {
    const passive = PASSIVE_BY.exec(text);
    if (passive?.[1]) {
      const who = resolve(passive[1]);
      if (who) return { assignees: who };
    }
  }
  if (FEEDBACK.test(text) && (hasDue() || FEEDBACK_VERB.test(text))) return { assignees: [] };
  if (PLANNED.test(text) && !PROCEDURE.test(text) && hasDue() && !/\?$/u.test(text))
    return { assignees: ownerOf(text, resolve) };
  return null;
}

/** Where a list item names its owner: "Anna: boka lokal", "@Ben — write", "Boka lokal – Anna", "Boka lokal (Anna)". */
const OWNER_SPOTS: readonly RegExp[] = [
  /^([^:]{1,60}):\s+\S/u,
  /^@?([^—–:-]{1,60}?)\s*[—–-]\s+\S/u,
  /\s[-–—]\s+([^-–—]{1,60})$/u,
  /[([]([^()[\]]{2,60})[)\]][.;]?$/u,
];

/** Who a task without a subject belongs to: "(ansvarig: Anna)", "… av Anna", "… i styrgruppen och nätverket". */
export function ownerOf(text: string, resolve: AssigneeResolver): string[] {
  const owner = OWNER.exec(text);
  const named = owner ? resolve(owner[1] ?? owner[2] ?? '') : null;
  if (named) return named;
  const passive = PASSIVE_BY.exec(text);
  const by = passive?.[1] ? resolve(passive[1]) : null;
  if (by) return by;
  const subject = SUBJECT_FIRST.exec(text) ?? ENGLISH.exec(text);
  const who = subject?.[1] ? resolve(stripLead(subject[1])) : null;
  if (who) return who;
  for (const pattern of OWNER_SPOTS) {
    const spot = pattern.exec(text)?.[1];
    const labelled = spot ? resolve(spot) : null;
    if (labelled) return labelled;
  }
  const groups = GROUPS.exec(text);
  return groups?.[1] ? (resolve(groups[1]) ?? []) : [];
}

const stripLead = (subject: string): string =>
  subject
    .replace(/^(?:sedan|därefter|vidare|dessutom|också|även|then|also|finally|and)\s+/iu, '')
    .replace(/\s+(?:också|även|sedan|därefter|also|then)$/iu, '')
    .trim();

/** "Priya will coordinate volunteers and Helen will approach businesses": a clause per task. */
export function splitClauses(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const at = match.index ?? 0;
    const right = text.slice(at + match[0].length);
    if (!SUBJECT_FIRST.test(right) && !ENGLISH.test(right) && !ASSIGNED.test(right)) continue;
    parts.push(text.slice(start, at));
    start = at + match[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
