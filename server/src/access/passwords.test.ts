import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password hashes', () => {
  it('verifies the right password only, with a salt of its own each time', async () => {
    const hash = await hashPassword('ett långt lösenord');
    expect(hash).toMatch(/^scrypt\$8192\$8\$10\$/);
    expect(await verifyPassword('ett långt lösenord', hash)).toBe(true);
    expect(await verifyPassword('ett långt lösenord ', hash)).toBe(false);
    expect(await hashPassword('ett långt lösenord')).not.toBe(hash);
  });

  it('still verifies hashes stored with the earlier parameters', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('gammalt lösenord', salt, 32, {
      N: 2 ** 15,
      r: 8,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    const stored = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    expect(await verifyPassword('gammalt lösenord', stored)).toBe(true);
    expect(await verifyPassword('fel', stored)).toBe(false);
  });

  it('refuses what is not a hash it knows', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });
});
