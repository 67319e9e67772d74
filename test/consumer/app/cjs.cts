// An application's CommonJS module: `import` compiles to `require()` of the ESM packages
// (Node >= 20.19 loads them with require(esm)).
import { Omise } from "@paygen/omise";

async function main(): Promise<void> {
  const baseUrl = process.env.PAYGEN_BASE_URL;
  if (!baseUrl) throw new Error("PAYGEN_BASE_URL is not set");
  const omise = new Omise({ secretKey: "skey_test_consumer", baseUrl, maxRetries: 0 });
  const charge = await omise.charges.retrieve("chrg_cjs");
  console.log(
    JSON.stringify({ id: charge.id, format: typeof module === "object" ? "cjs" : "esm" }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
