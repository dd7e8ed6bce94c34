import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token: 32 random bytes, base64url. Only its hash is ever stored. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** How a secret is stored and looked up: SHA-256, hex. A leaked table grants nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Secrets are 43 base64url characters; anything else is refused before a lookup. */
export function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** A short public id for things listed by id (share links). */
export function newPublicId(): string {
  return randomBytes(12).toString('base64url');
}
