import 'server-only';
import { readEnv } from '../../core/config/env';

/** Whether sign-in through the city's identity provider is configured (the sign-in page offers it). */
export const oidcEnabled = (): boolean => Boolean(readEnv().TILANNEHUONE_OIDC_ISSUER);
