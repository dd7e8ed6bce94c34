/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for one e-mail address within
 * `windowMs`, further attempts for it are refused until the window has passed. Kept in memory: a
 * restart forgets it, which costs a guesser a restart of our server, not a guess.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Whether another attempt for the address may be made now. */
  allows(email: string, now = Date.now()): boolean {
    return this.recent(email, now).length < this.maxFailures;
  }

  failed(email: string, now = Date.now()): void {
    this.failures.set(email, [...this.recent(email, now), now]);
  }

  succeeded(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string, now: number): number[] {
    const recent = (this.failures.get(email) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.failures.delete(email);
    return recent;
  }
}
