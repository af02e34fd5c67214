import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * A local OpenID Connect provider for tests: discovery, keys, an authorize endpoint that signs the
 * configured user in at once (no login form) and a token endpoint that checks the client, the redirect
 * URI and PKCE before it signs an ID token. Like Entra ID it sends no `iss` back with the code.
 */
export interface TestIdentity {
  sub: string;
  preferred_username?: string;
  email?: string;
  name?: string;
  groups?: string[];
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Whom the next authorization signs in. */
  signInAs(identity: TestIdentity): void;
  close(): Promise<void>;
}

export async function startOidcTestProvider(
  options: { port?: number; clientSecret?: string } = {},
): Promise<OidcTestProvider> {
  const port = options.port ?? 0;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const clientId = 'tilannehuone-test';
  const clientSecret = options.clientSecret ?? randomBytes(16).toString('hex');
  const codes = new Map<string, { redirectUri: string; challenge: string; nonce: string; identity: TestIdentity }>();
  let identity: TestIdentity = { sub: 'user-1', preferred_username: 'city.planner', groups: ['TH-Planners'] };
  let issuer = '';
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      if (q.get('client_id') !== clientId || q.get('code_challenge_method') !== 'S256')
        return json(res, 400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('base64url');
      codes.set(code, {
        redirectUri: q.get('redirect_uri') ?? '',
        challenge: q.get('code_challenge') ?? '',
        nonce: q.get('nonce') ?? '',
        identity,
      });
      const back = new URL(q.get('redirect_uri') ?? '');
      back.search = new URLSearchParams({ code, state: q.get('state') ?? '' }).toString();
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const p = new URLSearchParams(body);
      const [id, secret] = req.headers.authorization
        ? Buffer.from(req.headers.authorization.replace(/^Basic /, ''), 'base64')
            .toString()
            .split(':')
            .map(decodeURIComponent)
        : [p.get('client_id'), p.get('client_secret')];
      const grant = codes.get(p.get('code') ?? '');
      codes.delete(p.get('code') ?? '');
      if (id !== clientId || secret !== clientSecret) return json(res, 401, { error: 'invalid_client' });
      const verifier = createHash('sha256')
        .update(p.get('code_verifier') ?? '')
        .digest('base64url');
      if (!grant || p.get('redirect_uri') !== grant.redirectUri || verifier !== grant.challenge)
        return json(res, 400, { error: 'invalid_grant' });
      const now = Math.floor(Date.now() / 1000);
      const { sub, ...claims } = grant.identity;
      const idToken = await new SignJWT({ ...claims, nonce: grant.nonce })
        .setProtectedHeader({ alg: 'RS256', kid: 'test' })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setSubject(sub)
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(privateKey);
      return json(res, 200, {
        access_token: randomBytes(16).toString('hex'),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken,
      });
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (next) => (identity = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
