import type { SigningChallenge } from '@satupintu/core';

/** Where the signing-PIN challenges (APP-07) wait between `POST …/signing-pin` and the `sign` event. */
export interface SigningChallengeStore {
  /** Keeps the latest challenge of an official for an application (a new PIN replaces the old one). */
  put(challenge: SigningChallenge): void;
  get(applicationId: string, officialId: string): SigningChallenge | undefined;
}

/**
 * Challenges in this process's memory, dropped once expired. Only the salted HMAC of a PIN is kept (core's
 * challenge), never the PIN. NOT shared between server instances and lost on restart: the official then asks for a
 * new PIN (a PIN lives minutes).
 */
export function memorySigningChallenges(now: () => string): SigningChallengeStore {
  const byKey = new Map<string, SigningChallenge>();
  const sweep = () => {
    const at = Date.parse(now());
    for (const [key, challenge] of byKey) if (Date.parse(challenge.expiresAt) < at) byKey.delete(key);
  };
  return {
    put(challenge) {
      sweep();
      byKey.set(`${challenge.applicationId}\n${challenge.officialId}`, challenge);
    },
    get(applicationId, officialId) {
      sweep();
      return byKey.get(`${applicationId}\n${officialId}`);
    },
  };
}
