import { describe, expect, it } from 'vitest';
import { parseOptions } from './parseOptions.js';

describe('parseOptions', () => {
  const options = { meeting: { type: 'string' }, json: { type: 'boolean' } } as const;

  it('takes the value after a string option even when it begins with a dash', () => {
    expect(parseOptions(['--meeting', '-ZLFH3d0w4T5PWe43Tf4-Q', '--json'], options).values).toEqual({
      meeting: '-ZLFH3d0w4T5PWe43Tf4-Q',
      json: true,
    });
    expect(parseOptions(['--meeting=-abc'], options).values).toEqual({ meeting: '-abc' });
  });

  it('still refuses unknown options and a string option without a value', () => {
    expect(() => parseOptions(['--colour', 'red'], options)).toThrow(/colour/);
    expect(() => parseOptions(['--meeting'], options)).toThrow(/meeting/);
  });
});
