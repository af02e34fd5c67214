import 'server-only';
import { readEnv } from '../../core/config/env';
import type { RateLimits } from '../../store/login-failures';
import type { SessionPolicy } from '../../store/sessions';

/** Session lifetimes and sign-in limits from the environment (core/config/env.ts). */
export function sessionPolicy(): SessionPolicy {
  const env = readEnv();
  return { idleMinutes: env.TILANNEHUONE_SESSION_IDLE_MINUTES, maxHours: env.TILANNEHUONE_SESSION_HOURS };
}

export function signInLimits(): RateLimits {
  const env = readEnv();
  return {
    windowMinutes: 15,
    perAccount: env.TILANNEHUONE_LOGIN_ATTEMPTS,
    perAddress: env.TILANNEHUONE_LOGIN_ATTEMPTS_PER_ADDRESS,
  };
}
