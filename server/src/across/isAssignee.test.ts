import { describe, expect, it } from 'vitest';
import { isAssignee } from './isAssignee.js';

describe('isAssignee', () => {
  it.each([
    ['the full name, in any case and spacing', 'Lina Svensson', ' lina  SVENSSON ', [], true],
    [
      'the first name, when the only attendee with it is the account',
      'Lina Svensson',
      'Lina',
      ['Lina Svensson', 'Osman Ali'],
      true,
    ],
    [
      'the first name, when the attendee list has the first name alone',
      'Lina Svensson',
      'lina',
      ['Lina'],
      true,
    ],
    [
      'the first name, when another attendee has it too',
      'Lina Svensson',
      'Lina',
      ['Lina Svensson', 'Lina Berg'],
      false,
    ],
    [
      'the first name, when the only attendee with it is someone else',
      'Lina Svensson',
      'Lina',
      ['Lina Berg'],
      false,
    ],
    ['the first name, when no attendee has it', 'Lina Svensson', 'Lina', ['Osman Ali'], false],
    ['another full name with the same first name', 'Lina Svensson', 'Lina Berg', ['Lina Svensson'], false],
    ['the last name alone', 'Lina Svensson', 'Svensson', ['Lina Svensson'], false],
    ['a longer name that starts with the account’s', 'Lina', 'Lina Svensson', ['Lina'], false],
    ['an empty assignee', 'Lina Svensson', '  ', ['Lina Svensson'], false],
    ['Swedish letters in any case', 'Åsa Öberg', 'ÅSA', ['Åsa Öberg'], true],
  ])('%s', (_case, account, assignee, attendees, expected) => {
    expect(isAssignee(account, assignee, attendees)).toBe(expected);
  });
});
