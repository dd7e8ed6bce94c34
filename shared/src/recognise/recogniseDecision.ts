import { wordBoundaries } from './wordBoundaries.js';

const BODY =
  '(?:[\\p{L}-]*(?:grupp|gruppen|styrelse|styrelsen|nätverk|nätverket|nämnd|nämnden|utskott|utskottet|kommitté|kommittén|rådet|mötet|stämma|stämman|årsmötet|ledningen|presidiet)|vi|vi alla|alla|deltagarna|ledamöterna)';
const BODY_EN =
  '(?:we|all|everyone|members|the (?:[\\w-]+\\s+){0,3}(?:board|committee|meeting|group|wg|task force|trustees|directors|members|council|assembly|membership|participants|attendees|editors|chairs))';

const SWEDISH: readonly RegExp[] = [
  wordBoundaries(/\bbeslutades\b|\bbeslöts\b|\bbeslutade\b|\bbeslöt\b|\bbeslutar\b|\bbeslutas\b/iu),
  wordBoundaries(
    /\bbeslut\s+(?:tas|togs|fattas|fattades)\b|\b(?:fattade|fattar|tog|tar)\s+(?:\p{L}+\s+)?beslut(?:et)?\s+(?:om|att)\b/iu,
  ),
  wordBoundaries(
    /\benades\b|\benas\s+om\b|\bkom\s+(?:\p{L}+\s+)?överens\b|\b(?:är|var)\s+(?:\p{L}+\s+)?överens\s+om\b|\böverenskoms\b/iu,
  ),
  wordBoundaries(
    /\bkom\s+(?:\p{L}+\s+)?fram\s+till\s+att\b|\b(?:bestämde|bestämdes)\b|\b(?:vi|styrelsen|mötet|gruppen)\s+bestämmer\s+att\b|\bbestäms\s+att\b/iu,
  ),
  wordBoundaries(/\bgodkänner\b|\bgodkände\b|\bgodkändes\b|\bgodkänns\b/iu),
  wordBoundaries(/\bfastställer\b|\bfastställde\b|\bfastställdes\b|\bfastställs\b/iu),
  wordBoundaries(/\bantogs\b|\bantog\b|\bantar\b(?!\s+att)/iu),
  wordBoundaries(/\bvaldes\b|\butsågs\b|\bomvaldes\b|\bnyvaldes\b|\bväljs\s+till\b|\butses\s+till\b/iu),
  wordBoundaries(
    /\bbeviljas\b|\bbeviljades\b|\bbeviljar\b|\bbeviljade\b|\bavslås\b|\bavslogs\b|\bavslår\b|\bavslog\b|\btillstyrker\b|\btillstyrktes\b|\bbiföll\b|\bbifölls\b|\bbifalls\b/iu,
  ),
  wordBoundaries(
    /\b(?:läggs|lades)\s+till\s+(?:handlingarna|protokollet)\b|\bnoteras\s+till\s+protokollet\b/iu,
  ),
  wordBoundaries(
    /\b(?:förklarades|förklaras|ansågs|anses)\s+(?:\p{L}+\s+)?(?:behörigen|behörigt|stadgeenligt|korrekt)\s+(?:utlyst|utlysta|kallat|kallad|sammankallat)\b/iu,
  ),
  wordBoundaries(/\b(?:ställer|ställde|ställt)\s+sig\s+bakom\b/iu),
  wordBoundaries(
    new RegExp(
      `\\b(?:önskar|vill)\\s+${BODY}\\s+att\\b|^(?:\\p{L}+\\s+)?${BODY}\\s+(?:önskar|vill)\\s+(?:att\\b|(?!ha\\b|få\\b|veta\\b|se\\b|höra\\b|diskutera\\b|avvakta\\b|invänta\\b|fundera\\b|återkomma\\b|inte\\b)\\p{Ll}{2,}\\s)`,
      'iu',
    ),
  ),
  new RegExp(`^(?:\\p{L}+\\s+)?${BODY}\\s+(?:uppdrar|ger)\\s+`, 'iu'),
];

const ENGLISH: readonly RegExp[] = [
  wordBoundaries(/\bRESOLVED\b|^Resolved\b/u),
  wordBoundaries(/\bit was (?:resolved|agreed|decided|determined|voted)\b/iu),
  wordBoundaries(
    new RegExp(
      `^(?:[\\w'’-]+,?\\s+){0,4}?${BODY_EN}\\s+(?:(?:unanimously|formally|then|also|have|has)\\s+)?(?:agreed|decided|resolved|approved|adopted|endorsed|ratified|voted|accepted|confirmed|appointed|elected|determined|reached consensus)\\b`,
      'iu',
    ),
  ),
  wordBoundaries(
    /\bagreed\s+that\b|\bconsensus\s+(?:was\s+reached|reached|that)\b|\b(?:by|reached|reached a)\s+consensus\b|^(?:agreed|decided|resolved)\s+(?:to|that|on)\b/iu,
  ),
  wordBoundaries(
    /\b(?:was|were|is|are|has been|have been)\s+(?:unanimously\s+|formally\s+|duly\s+)?(?:approved|adopted|agreed|accepted|ratified|endorsed|carried(?!\s+(?:forward|over))|passed|elected|appointed|re-elected|confirmed)(?:\s+(?:unanimously|without objection|as (?:presented|amended|circulated|written|a correct record)))?\b/iu,
  ),
  wordBoundaries(/\bmotion\b.*\b(?:carried|passed|approved|adopted)\b/iu),
  wordBoundaries(/^(?:carried|passed|approved|adopted)\b/iu),
];

const NOT_YET = wordBoundaries(
  /\b(?:ska|skall|kommer att|behöver|bör|kan|måste|inte|ej|icke|tidigare|förra|redan|innan|tills|until|before|when|will be|to be|should be|needs? to be|must be|could be|can be|may be|might be|not|if|whether|pending|previously|tidigare)\s+(?:\p{L}+\s+){0,2}?(?:beslut\s+(?:fattas|tas)|beslutas|beslutades|beslutade|beslöts|godkännas|godkänns|godkändes|fastställas|fastställs|antas|antogs|approved|adopted|agreed|decided|resolved|accepted|elected|appointed|carried|passed)\b/iu,
);
/** Every rule needs one of these stems; most sentences fail here, cheaply. */
const CANDIDATE =
  /beslu|bestäm|fram till|protokollet|utlys|beslö|enad|enas|överens|godkän|fastst|anto|antar|vald|utsåg|väljs|utses|bevilj|avsl|tillstyrk|bifö|bifall|handlingarna|bakom|önskar|vill|uppdr|ger |resolv|agreed|decided|determined|voted|consensus|approved|adopted|accepted|ratified|endorsed|carried|passed|elected|appointed|confirmed|reached/iu;
const NONE = wordBoundaries(
  /\b(?:inga|inget|ingen|no)\s+(?:\p{L}+\s+)?(?:beslut|decisions?|resolutions?)\b|\bbeslut\s+(?:togs|fattades|tas|fattas)\s+(?:inte|ej)\b/iu,
);
/** "Förvaltningen föreslår att bidraget beviljas": a proposal, unless the sentence also decides. */
const PROPOSAL = wordBoundaries(/\b(?:föreslår|föreslog|föreslås|yrkar|yrkade|yrkas|proposes|suggests)\b/iu);
const DECIDES = wordBoundaries(
  /\b(?:beslutade|beslutar|beslöt|beslutades|beslutas|enades|resolved|agreed|decided)\b/iu,
);
const QUESTION = /\?\s*$/u;

/** Whether a sentence records a decision ("Det beslutas att …", "enades om", "RESOLVED", "was approved"). */
export function recogniseDecision(sentence: string): boolean {
  if (!CANDIDATE.test(sentence) || QUESTION.test(sentence) || sentence.split(/\s+/u).length < 2) return false;
  if (NOT_YET.test(sentence) || NONE.test(sentence)) return false;
  if (PROPOSAL.test(sentence) && !DECIDES.test(sentence)) return false;
  return SWEDISH.some((rule) => rule.test(sentence)) || ENGLISH.some((rule) => rule.test(sentence));
}
