const PARTICLE = /^(?:af|av|von|van|der|den|de|del|della|di|da|du|dos|te|ter|ten|la|le|zu|bin|ibn|al|el|y)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}'’-]*$/u;
const ROLE_WORD =
  /^(?:(?:vice|v\.|bitr\.?|biträdande|tf\.?|t\.f\.|co-?|acting|deputy|honorary|executive)\s+)?(?:ordförande|ordf\.?|mötesordförande|sekreterare|kassör|kassören|ledamot|ledamöter|suppleant|suppleanter|revisor|adjungerad|adjungerade|ersättare|justerare|ordinarie|gäst|gäster|chair|chairs|co-chair|chairperson|chairman|chairwoman|president|secretary|treasurer|member|members|trustee|trustees|director|directors|clerk|scribe|guest|guests|observer|observers|staff|editor|editors|officer|manager|coordinator|consultant|lead|head|ceo|cfo|coo|cto|chief|principal|rektor|rep\.?|representant|representative|representatives)$/iu;
const ROLE_SUFFIX =
  /(?:chef|ledare|are|ande|ende|ansvarig|samordnare|handläggare|strateg|utvecklare|konsult|sekreterare|ordförande|direktör|läkare|psykolog|kurator|pedagog|rådgivare|ombud|officer|manager|director|coordinator|advisor|adviser|president|secretary|treasurer|consultant|specialist|analyst|engineer|representative|lecturer|librarian|administrator|assistant)$/iu;
const NOT_A_NAME =
  /^(?:och|and|samt|alla|all|everyone|everybody|vi|we|they|de|det|den|denna|detta|man|jag|i|you|he|she|it|ingen|none|n\/a|tbd|tba|övrigt|övriga|other|others)$/iu;

export interface NameOptions {
  /** Accepts one lowercase surname ("Lina larsson"), as happens in typed lists. */
  lenient?: boolean;
}

/** Whether a phrase reads as a person's name: one to five capitalised words, no role word. */
export function looksLikeName(phrase: string, { lenient = false }: NameOptions = {}): boolean {
  const tokens = phrase.trim().split(/\s+/u);
  if (tokens.length === 0 || tokens.length > 5 || phrase.length > 60) return false;
  if (tokens.length === 1 && (NOT_A_NAME.test(phrase.trim()) || looksLikeRole(phrase))) return false;
  const [first] = tokens;
  if (!first || !CAPITALISED.test(first) || first.length < 2) return false;
  let lower = 0;
  if (tokens.length > 1 && PARTICLE.test(tokens.at(-1) ?? '')) return false;
  for (const token of tokens.slice(1)) {
    if (CAPITALISED.test(token) || PARTICLE.test(token)) continue;
    if (lenient && LOWER_WORD.test(token) && lower === 0) {
      lower++;
      continue;
    }
    return false;
  }
  return !tokens.some((token) => ROLE_WORD.test(token) || NOT_A_NAME.test(token));
}

/** Whether a phrase reads as a role or title ("Enhetschef", "Vice ordförande", "Treasurer"). */
export function looksLikeRole(phrase: string): boolean {
  const trimmed = phrase.trim();
  if (ROLE_WORD.test(trimmed)) return true;
  const tokens = trimmed.split(/\s+/u);
  return tokens.length <= 3 && tokens.some((token) => ROLE_SUFFIX.test(token) || ROLE_WORD.test(token));
}
