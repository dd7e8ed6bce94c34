import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt is memory-hard, which makes guessing on GPUs costly. N=2^13, r=8, p=10 is one of the
 * equivalent settings OWASP's password storage cheat sheet recommends: 8 MiB per hash in
 * progress (a sign-up does not add 32 MiB to the server's memory, as N=2^15 did) and ten passes
 * over it. The parameters are stored with each hash, so older hashes still verify and the
 * settings can be raised later.
 */
const PARAMS = { N: 2 ** 13, r: 8, p: 10 } as const;
const KEY_BYTES = 32;

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let unusable: Promise<string> | undefined;

/** A hash to compare against when the account does not exist, so that timing does not tell. */
export function unusableHash(): Promise<string> {
  unusable ??= hashPassword(randomBytes(16).toString('base64'));
  return unusable;
}
