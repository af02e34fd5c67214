import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native DuckDB bindings and the TF.js wasm files must be loaded from node_modules at run time.
  serverExternalPackages: [
    '@duckdb/node-api',
    '@duckdb/node-bindings',
    '@tensorflow/tfjs',
    '@tensorflow/tfjs-backend-wasm',
  ],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for a signed-in user without the page's action.
  experimental: { authInterrupts: true },
  // Static files of the build: never sniffed, never framed (pages and the API get theirs in proxy.ts).
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
