import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './SignInThrottle.js';

describe('SignInThrottle', () => {
  it('refuses an address after too many failures, until the window has passed', () => {
    const throttle = new SignInThrottle(3, 1000);
    for (let i = 0; i < 3; i++) {
      expect(throttle.allows('a@example.org', i)).toBe(true);
      throttle.failed('a@example.org', i);
    }
    expect(throttle.allows('a@example.org', 10)).toBe(false);
    expect(throttle.allows('b@example.org', 10)).toBe(true);
    expect(throttle.allows('a@example.org', 1001)).toBe(true);
  });

  it('forgets the failures after a success', () => {
    const throttle = new SignInThrottle(2, 1000);
    throttle.failed('a@example.org', 0);
    throttle.succeeded('a@example.org');
    throttle.failed('a@example.org', 1);
    expect(throttle.allows('a@example.org', 2)).toBe(true);
  });
});
