/**
 * The headers every answer carries. Pages get a Content-Security-Policy that allows no external origin
 * (scripts only with this request's nonce; styles inline because the map and charts set style
 * attributes; images from the product itself, plus a configured tile server if any) and may not be
 * framed by anyone; API answers are data and may load nothing at all.
 */
export function contentSecurityPolicy(
  kind: 'page' | 'api',
  opts: { nonce?: string; tileOrigin?: string } = {},
): string {
  if (kind === 'api') return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const script = opts.nonce ? `'self' 'nonce-${opts.nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${opts.tileOrigin ? ` ${opts.tileOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(
  kind: 'page' | 'api',
  opts: { nonce?: string; tileOrigin?: string; https?: boolean } = {},
) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(kind, opts),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(opts.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
