import { defineConfig } from "vitest/config";

// `npm run test:consumer`: only the consumer check, which packs and installs the real tarballs.
export default defineConfig({
  test: {
    include: ["test/consumer/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
