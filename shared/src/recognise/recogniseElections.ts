import { namesIn } from './namesIn.js';
import type { RecognisedAttendee } from './RecognisedMinutes.js';
import { wordBoundaries } from './wordBoundaries.js';

export interface Election {
  duty: NonNullable<RecognisedAttendee['duty']>;
  names: string[];
}

const ELECTED = wordBoundaries(
  /^(?:till|som)\s+(justerare(?:\s+tillika\s+rösträknare)?|justeringspersoner?|protokolljusterare|mötesordförande|ordförande för mötet|ordförande för årsmötet|ordförande för stämman|sekreterare|mötessekreterare|protokollförare)\s+(?:för (?:mötet|årsmötet|stämman)\s+)?(?:valdes|utsågs|väljs)\s+(.+?)\.?$|^(.+?)\s+(?:valdes|utsågs|väljs)\s+(?:till|som|att)\s+(justerare|justera protokollet|mötesordförande|ordförande för mötet|sekreterare|mötessekreterare|protokollförare|att föra protokollet)\b/iu,
);
/** "Till ordförande valdes Bengt Holm och till sekreterare valdes Karin Ljung": one election a clause. */
const NEXT_CLAUSE = wordBoundaries(/,?\s+(?:och|samt)\s+(?=(?:till|som)\s)|;\s+/iu);

/** "Till justerare valdes Lisa Ström", "Per Ek valdes till mötessekreterare": who took a duty. */
export function recogniseElections(sentence: string): Election[] {
  return sentence
    .trim()
    .split(NEXT_CLAUSE)
    .flatMap((clause) => {
      const match = ELECTED.exec(clause.trim());
      if (!match) return [];
      const duty = (match[1] ?? match[4] ?? '').toLowerCase();
      const names = namesIn(match[2] ?? match[3] ?? '');
      if (names.length === 0) return [];
      return [
        {
          duty: /juster/u.test(duty) ? 'verifier' : /ordförande/u.test(duty) ? 'chair' : 'secretary',
          names,
        } satisfies Election,
      ];
    });
}
