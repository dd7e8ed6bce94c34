import { describe, expect, it } from 'vitest';
import { mergeRepeatedActions } from './mergeRepeatedActions.js';

const task = (text: string, assignees: string[], due: string | null = null) => ({ text, assignees, due });

describe('mergeRepeatedActions', () => {
  it.each([
    [
      'a summary line repeats a task and brings its due date',
      [
        task('Moira to book the community room and tell PC Hardy the date.', ['Moira']),
        task('Moira - book community room for property marking - asap', ['Moira'], 'asap'),
      ],
      [task('Moira to book the community room and tell PC Hardy the date.', ['Moira'], 'asap')],
      [0, 0],
    ],
    [
      'a day wins over a phrase',
      [
        task('Aisha will put together a list of stallholders', ['Aisha'], 'end of the month'),
        task('Aisha - stallholder list - 31 March', ['Aisha'], '2025-03-31'),
      ],
      [task('Aisha will put together a list of stallholders', ['Aisha'], '2025-03-31')],
      [0, 0],
    ],
    [
      'two tasks for one person',
      [task('Per bokar lokalen', ['Per']), task('Per skickar kallelsen', ['Per'])],
      [task('Per bokar lokalen', ['Per']), task('Per skickar kallelsen', ['Per'])],
      [0, 1],
    ],
    [
      'the same words for other people',
      [task('Anna bokar lokalen', ['Anna']), task('Per bokar lokalen', ['Per'])],
      [task('Anna bokar lokalen', ['Anna']), task('Per bokar lokalen', ['Per'])],
      [0, 1],
    ],
    [
      'tasks without an owner',
      [task('Boka lokalen', []), task('Boka lokalen i maj', [])],
      [task('Boka lokalen', []), task('Boka lokalen i maj', [])],
      [0, 1],
    ],
  ])('%s', (_, actions, kept, into) => {
    expect(mergeRepeatedActions(actions)).toEqual({ kept, into });
  });
});
