// Stands in for the `server-only` package in unit and integration tests: that package throws when
// imported outside a React server environment, which a test process is not. Next.js builds still use
// the real one, so a server module imported by client code still fails the build.
export {};
