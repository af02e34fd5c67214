import { startOidcTestProvider } from '../../builders/oidc-provider';

/**
 * The browser tests' stand-in for the city's identity provider (playwright.config.ts starts it next to
 * the product): it signs everyone in as a member of the planners' group.
 */
const provider = await startOidcTestProvider({
  port: Number(process.env.E2E_OIDC_PORT),
  clientSecret: process.env.E2E_OIDC_SECRET,
});
provider.signInAs({
  sub: 'city-planner-1',
  preferred_username: 'city.planner',
  name: 'City Planner',
  groups: ['TH-Planners'],
});
console.log(`[oidc] test provider at ${provider.issuer}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void provider.close().then(() => process.exit(0)));
