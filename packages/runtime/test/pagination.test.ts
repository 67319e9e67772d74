import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { ClientCore } from "../src/client-core.js";
import { paginate, type Paginator } from "../src/paginate.js";
import type { ClientSpec, OperationSpec, PaginationSpec } from "../src/spec.js";

const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: `item_${i + 1}` }));
const PAGE = 3;

/** Serves ITEMS in pages of 3, in each provider's style; the style is the path. */
function answer(style: string, params: Record<string, unknown>): unknown {
  switch (style) {
    case "offset": {
      const offset = Number(params["offset"] ?? 0);
      return {
        object: "list",
        data: ITEMS.slice(offset, offset + PAGE),
        offset,
        limit: PAGE,
        total: ITEMS.length,
      };
    }
    case "cursor": {
      const after = params["cursor"] ? ITEMS.findIndex((i) => i.id === params["cursor"]) + 1 : 0;
      return { items: ITEMS.slice(after, after + PAGE), has_more: after + PAGE < ITEMS.length };
    }
    case "page": {
      const page = Number(params["page"] ?? 1);
      return {
        rows: ITEMS.slice((page - 1) * PAGE, page * PAGE),
        count: ITEMS.length,
        pagination: { current: page, has_next: page * PAGE < ITEMS.length },
      };
    }
    case "pages": {
      const page = Number(params["page"] ?? 1);
      return {
        data: ITEMS.slice((page - 1) * PAGE, page * PAGE),
        page,
        total_pages: Math.ceil(ITEMS.length / PAGE),
      };
    }
    default: {
      const start = Number(params["next_page_cursor_id"] ?? 0);
      return {
        rows: ITEMS.slice(start, start + PAGE),
        next_page_cursor_id: start + PAGE < ITEMS.length ? String(start + PAGE) : null,
      };
    }
  }
}

const STYLES: Record<string, { pagination: PaginationSpec; method: "GET" | "POST" }> = {
  offset: {
    pagination: {
      style: "offset",
      items: "data",
      total: "total",
      offset: "offset",
      limit: "limit",
    },
    method: "GET",
  },
  cursor: {
    pagination: {
      style: "cursor",
      items: "items",
      hasMore: "has_more",
      cursor: "cursor",
      cursorItemField: "id",
    },
    method: "GET",
  },
  page: {
    pagination: { style: "page", items: "rows", page: "page", hasNext: "pagination.has_next" },
    method: "POST",
  },
  pages: {
    pagination: { style: "pages", items: "data", page: "page", totalPages: "total_pages" },
    method: "GET",
  },
  nextCursor: {
    pagination: {
      style: "nextCursor",
      items: "rows",
      cursor: "next_page_cursor_id",
      nextCursor: "next_page_cursor_id",
    },
    method: "POST",
  },
};

describe("auto-pagination, for each declared style", () => {
  let server: Server;
  let core: ClientCore;
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://x");
        const params =
          req.method === "GET"
            ? Object.fromEntries(url.searchParams)
            : (JSON.parse(Buffer.concat(chunks).toString() || "{}") as Record<string, unknown>);
        requests.push(`${req.method} ${url.pathname} ${JSON.stringify(params)}`);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(answer(url.pathname.slice(1), params)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const spec: ClientSpec = {
      provider: "pages",
      servers: [
        {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          environment: "production",
        },
      ],
      securitySchemes: {},
      clientHeaders: [],
    };
    core = new ClientCore(spec, {});
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const op = (style: string): OperationSpec => ({
    id: `list_${style}`,
    method: STYLES[style]!.method,
    path: `/${style}`,
    security: [],
    ...(STYLES[style]!.method === "POST" ? { bodyMediaType: "application/json" } : {}),
    pagination: STYLES[style]!.pagination,
  });
  const args = (style: string) =>
    STYLES[style]!.method === "POST" ? { body: { per_page: PAGE } } : { query: { limit: PAGE } };

  it.each(Object.keys(STYLES))("%s: for await walks all 3 pages and stops", async (style) => {
    requests.length = 0;
    const ids: string[] = [];
    for await (const item of paginate<unknown, { id: string }>(core, op(style), args(style)))
      ids.push(item.id);
    expect(ids).toEqual(ITEMS.map((i) => i.id));
    expect(requests).toHaveLength(3);
  });

  it.each(Object.keys(STYLES))(
    "%s: firstPage / nextPage give explicit page access",
    async (style) => {
      const first = await paginate<unknown, { id: string }>(
        core,
        op(style),
        args(style),
      ).firstPage();
      expect(first.items.map((i) => i.id)).toEqual(["item_1", "item_2", "item_3"]);
      const second = await first.nextPage();
      const third = await second!.nextPage();
      expect(third!.items.map((i) => i.id)).toEqual(["item_7"]);
      expect(third!.hasNextPage()).toBe(false);
      expect(await third!.nextPage()).toBeUndefined();
    },
  );

  it("awaiting a list gives the first page's body, as a plain call would", async () => {
    const body = await paginate<{ data: Array<{ id: string }>; total: number }, { id: string }>(
      core,
      op("offset"),
      args("offset"),
    );
    expect(body.total).toBe(7);
    expect(body.data).toHaveLength(3);
  });

  it("stops on an empty first page", async () => {
    requests.length = 0;
    const ids: string[] = [];
    for await (const item of paginate<unknown, { id: string }>(core, op("offset"), {
      query: { offset: 7 },
    }))
      ids.push(item.id);
    expect(ids).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it("types the items of a page", () => {
    expectTypeOf<Paginator<{ data: Array<{ id: string }> }, { id: string }>>().toMatchTypeOf<
      AsyncIterable<{ id: string }>
    >();
    expectTypeOf<Paginator<{ data: Array<{ id: string }> }, { id: string }>>().toMatchTypeOf<
      PromiseLike<{ data: Array<{ id: string }> }>
    >();
  });
});
