import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `paygen-source` export condition).
  resolve: { conditions: ["paygen-source", "module", "node", "development|production"] },
  ssr: { resolve: { conditions: ["paygen-source", "module", "node", "development|production"] } },
  test: {
    include: ["generator/**/*.test.ts", "packages/**/*.test.ts", "test/**/*.test.ts"],
    // The consumer check packs and npm-installs every package (minutes): `npm run test:consumer`.
    exclude: ["**/node_modules/**", "**/dist/**", "test/consumer/**"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
