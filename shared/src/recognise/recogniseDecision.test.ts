import { describe, expect, it } from 'vitest';
import { recogniseDecision } from './recogniseDecision.js';

describe('recogniseDecision', () => {
  it.each([
    'Det beslutas att vi ska förse verksamheter med klistermärken.',
    'Dialogen landar i att tiden inte är mogen och beslut tas att skjuta upp den 12 månader.',
    'Styrgruppen enades om att genomföra planeringsdagen som en halvdag.',
    'Däremot önskar styrgruppen att vi följer upp aktiva verksamheter under hösten.',
    'Styrelsen beslutar att dela ut 18 stipendier.',
    'Tidsplanen beslutas utifrån justerade tidsramar.',
    'Det beslöts att lägret hålls i Hallsta vecka 27.',
    'Dagordningen godkändes.',
    'Protokollet lades till handlingarna.',
    'Till justerare valdes Lisa Ström.',
    'Vi är överens om att pilotera studiecirkeln.',
    'Styrelsen ställde sig bakom detta.',
    'Styrelsen uppdrar åt kansliet att meddela de sökande.',
    'RESOLVED that the accounts be adopted.',
    'It was agreed that James would explore this.',
    'The Board agreed to hold the summer fair on 6 July.',
    'After discussion the board approved the grants.',
    'The minutes of the last meeting were approved as a correct record.',
    'Agreed to deprecate the ghost-danger variant.',
    'The motion to approve the budget was carried.',
    'Vi kom fram till att klasserna turas om på planen enligt ett schema.',
    'Vi bestämde att tåget går i gympasalen kl 8.15.',
    'Det bestämdes att mötet flyttas.',
    'Nämnden beslutar enligt förvaltningens förslag att bidraget beviljas.',
    'Årsmötet förklarades behörigen utlyst.',
    'Handlingarna lades till protokollet.',
  ])('a decision: %s', (sentence) => {
    expect(recogniseDecision(sentence)).toBe(true);
  });

  it.each([
    'Två förslag har tagits fram och beslutats i skolchefsnätverk och länsstyrgrupp.',
    'Dessa milstolpar bedöms relevanta, men tidsramarna har inte beslutats.',
    'Beslut behöver fattas gemensamt och så tidigt som möjligt.',
    'Styrelsen vill ha ett underlag innan beslut fattas.',
    'Frågan ska beslutas på nästa möte.',
    'Inga beslut fattades.',
    'Nästa möte 9 oktober, dialog om beslut och ordnat införande.',
    'Vi antar att fler ansöker i år.',
    'Ska budgeten godkännas?',
    'Mei Lin will send a call for consensus to the mailing list.',
    'The budget will be approved in May.',
    'Alice agreed to send the draft.',
    'Katarina presenterar att gruppen har gått igenom överenskommelsen.',
    'Förvaltningen har bedömt ansökan och föreslår att bidraget beviljas.',
    'Rasmus Holmgren (SD) yrkar att bidraget godkänns med en lägre summa.',
    'Frågan om nya sargreklamer diskuterades, men inget beslut togs.',
    'Beslut togs inte om budgeten.',
    'No decision yet, revisit next sync.',
    'Bestämmelserna gäller från i höst.',
    'Action 6 is complete; action 7 is carried forward.',
  ])('not a decision: %s', (sentence) => {
    expect(recogniseDecision(sentence)).toBe(false);
  });
});
