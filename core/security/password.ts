import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with Argon2id at the OWASP minimum (m = 19 MiB, t = 2, p = 1): about 15-20 ms per hash
 * here. The parameters travel inside the hash string, so raising them later keeps old hashes valid.
 */
const OPTIONS = {
  algorithm: 2 /* Argon2id: the package's enum is a const enum, empty at run time */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified against when the user does not exist, so both answers take as long. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('no such user, same cost'));
