export interface LineStart {
  bullet: boolean;
  number: string | null;
  task: boolean;
  rest: string;
}

const BULLET = /^(?:[•●▪◦·▸►➢✓✔■□\uf0b7\uf0a7\uf0d8\uf076]\s*|[-–—*+>](?:\s+|$)|o\s+(?=\p{Lu}))/u;
const SECTION = /^§\s*(\d{1,3}[a-z]?)\s*[.:)]?(?:\s+|$)/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?=\S)/u;
const SUBNUMBERED = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)\s+(?=\p{Lu})/u;
const LETTERED = /^[a-z][.)]\s+(?=\S)/u;
const TASK = /^\[([ xX])\]\s+/u;

/** Takes the bullet, numbering ("3.", "§ 4") or task box off the start of a line. */
export function parseLineStart(line: string): LineStart {
  let rest = line.trim();
  let bullet = false;
  let number: string | null = null;
  const section = SECTION.exec(rest);
  if (section) {
    number = `§ ${section[1]}`;
    rest = rest.slice(section[0].length);
  } else {
    const numbered = NUMBERED.exec(rest) ?? SUBNUMBERED.exec(rest);
    if (numbered) {
      number = numbered[1] ?? null;
      rest = rest.slice(numbered[0].length);
    } else {
      const marker = BULLET.exec(rest) ?? LETTERED.exec(rest);
      if (marker) {
        bullet = true;
        rest = rest.slice(marker[0].length);
      }
    }
  }
  const task = TASK.exec(rest);
  if (task) rest = rest.slice(task[0].length);
  return { bullet, number, task: task !== null, rest: rest.trim() };
}
