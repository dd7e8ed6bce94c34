import { describe, expect, it } from 'vitest';
import { distinctColor } from './distinctColor';

const palette = ['#b3261e', '#1a5fb4', '#1e6b52'];

describe('distinctColor', () => {
  it('keeps my colour when nobody else shows it', () => {
    expect(distinctColor('#1a5fb4', 5, [{ clientId: 2, color: '#b3261e' }], palette)).toBe('#1a5fb4');
  });

  it('gives way to someone who joined earlier with the same colour', () => {
    expect(distinctColor('#B3261E', 5, [{ clientId: 2, color: '#b3261e' }], palette)).toBe('#1a5fb4');
  });

  it('keeps the colour when I joined first; the other gives way', () => {
    expect(distinctColor('#b3261e', 2, [{ clientId: 5, color: '#b3261e' }], palette)).toBe('#b3261e');
  });

  it('skips every colour already shown, and keeps mine when the palette is used up', () => {
    const others = [
      { clientId: 1, color: '#b3261e' },
      { clientId: 3, color: '#1a5fb4' },
    ];
    expect(distinctColor('#b3261e', 4, others, palette)).toBe('#1e6b52');
    expect(distinctColor('#b3261e', 4, [...others, { clientId: 2, color: '#1e6b52' }], palette)).toBe(
      '#b3261e',
    );
  });
});
