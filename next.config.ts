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
};

export default nextConfig;
