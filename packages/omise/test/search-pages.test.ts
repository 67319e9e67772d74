import { afterEach, describe, expect, it } from "vitest";
import { PaginationError } from "@paygen/runtime";
import { Omise } from "../src/index.js";
import { startFaultServer, type Fault } from "../../runtime/test/fault-server.js";

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** One page of `GET /search` results as Omise answers it, holding the customers `ids`. */
function searchPage(page: number, ids: string[], totalPages: number): Fault {
  return {
    kind: "json",
    status: 200,
    body: {
      object: "search",
      location: "/search",
      scope: "customer",
      query: "yamada",
      filters: {},
      order: "chronological",
      page,
      per_page: 2,
      total: 5,
      total_pages: totalPages,
      data: ids.map((id) => ({
        object: "customer",
        id,
        livemode: false,
        location: `/customers/${id}`,
        created_at: "2025-01-10T02:15:00Z",
      })),
    },
  };
}

async function omiseOn(script: Fault[]) {
  const server = await startFaultServer(script);
  stops.push(server.stop);
  const omise = new Omise({ secretKey: "skey_test_search", baseUrl: server.url, maxRetries: 0 });
  return { omise, server };
}

describe("Omise search walks pages by number up to total_pages", () => {
  it("for await visits three pages and asks for no fourth", async () => {
    const { omise, server } = await omiseOn([
      searchPage(1, ["cust_1", "cust_2"], 3),
      searchPage(2, ["cust_3", "cust_4"], 3),
      searchPage(3, ["cust_5"], 3),
      // Served only if the walk went past total_pages.
      searchPage(4, ["cust_6"], 3),
    ]);
    const ids: string[] = [];
    for await (const found of omise.search.query({
      scope: "customer",
      query: "yamada",
      per_page: 2,
    }))
      ids.push(found.id);
    expect(ids).toEqual(["cust_1", "cust_2", "cust_3", "cust_4", "cust_5"]);
    expect(server.seen.map((s) => s.url)).toEqual([
      "/search?scope=customer&query=yamada&per_page=2",
      "/search?scope=customer&query=yamada&per_page=2&page=2",
      "/search?scope=customer&query=yamada&per_page=2&page=3",
    ]);
  });

  it("starts from the page the caller asks for", async () => {
    const { omise, server } = await omiseOn([
      searchPage(2, ["cust_3", "cust_4"], 3),
      searchPage(3, ["cust_5"], 3),
    ]);
    const first = await omise.search.query({ scope: "customer", page: 2 }).firstPage();
    expect(first.hasNextPage()).toBe(true);
    const last = await first.nextPage();
    expect(last!.items.map((item) => item.id)).toEqual(["cust_5"]);
    expect(last!.hasNextPage()).toBe(false);
    expect(server.seen.map((s) => s.url)).toEqual([
      "/search?scope=customer&page=2",
      "/search?scope=customer&page=3",
    ]);
  });

  it("a single page of results is one request", async () => {
    const { omise, server } = await omiseOn([searchPage(1, ["cust_1"], 1)]);
    const body = await omise.search.query({ scope: "customer" });
    expect([body.total_pages, body.data.length]).toEqual([1, 1]);
    const ids: string[] = [];
    for await (const found of omise.search.query({ scope: "customer" })) ids.push(found.id);
    expect(ids).toEqual(["cust_1"]);
    expect(server.seen).toHaveLength(2);
  });

  it("a server that answers page 1 again stops the walk with PaginationError", async () => {
    const { omise, server } = await omiseOn([searchPage(1, ["cust_1"], 3)]);
    const error = await (async () => {
      for await (const _ of omise.search.query({ scope: "customer" }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toBe(
      "search: page 2 points back to itself (the page number does not advance)",
    );
    expect(server.seen).toHaveLength(2);
  });
});
