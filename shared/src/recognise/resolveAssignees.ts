import { looksLikeName } from './looksLikeName.js';
import type { RecognisedAttendee } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

/** Reads a phrase such as "Mari, Johan och Marita" as assignees, or null when a part is no person. */
export type AssigneeResolver = (phrase: string) => string[] | null;

const SEPARATOR = wordBoundaries(/\s*(?:,|;|\/|\+|&|\boch\b|\bsamt\b|\band\b|\bwith\b)\s*/iu);
const GROUP =
  /(?:grupp|gruppen|gruppens|nätverk|nätverket|nätverken|styrelse|styrelsen|nämnd|nämnden|utskott|utskottet|kommitté|kommittén|rådet|kansli|kansliet|presidiet|valberedning|valberedningen|teamet|ledningen|förvaltningen|ledarna|ledaren|samordnaren|samordnarna|ordföranden|sekreteraren|kassören|ledamöterna|ledamoten|revisorn|revisorerna|rektorn|rektorerna|chefen|cheferna|ansvarige|ansvariga|representanten|representanterna|handläggaren|handläggarna|strategen|forskarna|forskaren|kontaktpersonen|projektledningen|arbetsutskottet|sakkunnige)$/iu;
const ROLE_EN =
  /^(?:(?:the|our)\s+)?(?:(?:co-?)?chairs?|chairperson|chairman|chairwoman|vice[- ]chair|secretary|treasurer|clerk|president|vice[- ]president|(?:executive\s+)?director|ceo|cfo|staff|team|editors?|secretariat|board|committee|subcommittee|working group|wg|task force|tf|officers?|trustees?|coordinator|project manager|organi[sz]ers?|scribe|webmaster|membership secretary|programme committee|program committee)$/iu;
/** "module leaders", "all trustees", "course leads": people named by what they do. */
const GROUP_EN =
  /^(?:all\s+)?(?:(?!(?:to|of|for|and|or|the|with|by|from|in|on|at|thanks|thank|welcome|dear|hi|other|some|many|few|no|new)\s)[\p{L}-]+\s+){0,2}(?:leaders|leads|managers|coordinators|officers|representatives|reps|members|trustees|directors|staff|tutors|teachers|lecturers|convenors|conveners|editors|chairs|reviewers|maintainers|volunteers|organi[sz]ers|heads|governors|councillors|admins|administrators)$/iu;
const INITIALS = /^\p{Lu}{2,4}$/u;
const PRONOUN =
  /^(?:vi|jag|ni|de|man|alla|vi alla|någon|ingen|det|detta|den|dessa|denna|we|i|you|they|everyone|everybody|all|someone|somebody|nobody|it|this|that|these|those|he|she|them|us)$/iu;
const SENTENCE_WORD =
  /^(?:welcome|thanks|thank|reply|response|responses|access|changes|update|updates|comments|feedback|due|next|time|move|back|go|return|refer|subject|according|prior|introduction|additions|amendments|review|plan|plans|proposal|motion|item|items|agenda|minutes|report|reports|discussion|notes|note|decision|decisions|action|actions|frågan|förslaget|ärendet|information|diskussion|beslut|rapport|återkoppling|presentation|dialog|mötet|punkten)$/iu;

/** Assignees resolved against the attendee list: full names, first names, surnames, roles, groups. */
export function createAssigneeResolver(attendees: readonly RecognisedAttendee[]): AssigneeResolver {
  const known = new Set<string>();
  const roles = new Set<string>();
  const initials = new Map<string, string | null>();
  for (const person of attendees) {
    const letters = person.name
      .split(/[\s-]+/u)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (letters.length >= 2) initials.set(letters, initials.has(letters) ? null : person.name);
    const name = person.name.toLowerCase();
    known.add(name);
    const tokens = name.split(/\s+/u);
    if (tokens[0]) known.add(tokens[0]);
    if (tokens.length > 1) known.add(tokens.at(-1) as string);
    const role = person.role?.toLowerCase().split(/\s+/u)[0];
    if (role) {
      roles.add(role);
      roles.add(`${role}n`);
      roles.add(`${role}na`);
      roles.add(`${role.replace(/e$/u, '')}na`);
    }
  }
  const isPart = (part: string, handles: ReadonlySet<string>): boolean => {
    const lower = part.toLowerCase();
    if (handles.has(part)) return true;
    if (INITIALS.test(part) && initials.get(part)) return true;
    if (PRONOUN.test(part) || SENTENCE_WORD.test(part)) return false;
    if (GROUP_EN.test(part) && !/^(?:the|a|an)\s/iu.test(part)) return true;
    if (known.has(lower) || roles.has(lower)) return true;
    if (ROLE_EN.test(part)) return true;
    if (!/\s/u.test(part) && GROUP.test(part) && part.length > 4) return true;
    if (known.size === 0 || /\s/u.test(part)) return looksLikeName(part) && !/^(?:the|a|an)\s/iu.test(part);
    return false;
  };
  return (phrase) => {
    const handles = new Set(
      [...phrase.matchAll(/@([\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_])/gu)].map((m) => m[1] ?? ''),
    );
    const cleaned = phrase
      .replace(/\([^)]*\)/gu, ' ')
      .replace(/^[\s@–—-]+|[\s:,.;–—-]+$/gu, '')
      .replace(/@(?=\p{L})/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    if (cleaned === '' || cleaned.split(' ').length > 10) return null;
    const parts = cleaned
      .split(SEPARATOR)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (parts.length === 0 || !parts.every((part) => isPart(part, handles))) return null;
    return parts.map((part) =>
      INITIALS.test(part) && initials.get(part)
        ? (initials.get(part) as string)
        : part.replace(/^(?:the|our|all)\s+/iu, ''),
    );
  };
}
