// A consumer of the generated client: paygen diff --consumer type-checks it against both specs.
import { Minimal } from "@fixture/minimal";

const client = new Minimal({ secretKey: "sk_test_1" });

export async function placeOrder(): Promise<string> {
  const order = await client.orders.create({ amount: 1200 });
  const reference = order.metadata?.["ref"] ?? "none";
  return `${order.id} ${order.status} ${reference}`;
}

export async function countOrders(): Promise<number> {
  const page = await client.orders.list({ limit: 150 });
  return page.total;
}
