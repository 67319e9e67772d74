import { describe, expect, it } from "vitest";
import { PaginationError } from "./errors.js";
import { EMPTY_WITH_MORE, nextArgs, Paginator, STALLED } from "./paginate.js";
import type { PaginationSpec } from "./spec.js";

const OFFSET: PaginationSpec = {
  style: "offset",
  items: "data",
  total: "total",
  offset: "offset",
  limit: "limit",
};
const CURSOR: PaginationSpec = {
  style: "cursor",
  items: "data",
  hasMore: "has_more",
  cursor: "after",
  cursorItemField: "id",
};
const PAGE: PaginationSpec = { style: "page", items: "rows", page: "page", hasNext: "meta.next" };
const PAGES: PaginationSpec = {
  style: "pages",
  items: "rows",
  page: "page",
  totalPages: "total_pages",
};
const NEXT_CURSOR: PaginationSpec = {
  style: "nextCursor",
  items: "rows",
  cursor: "cursor",
  nextCursor: "next",
};

describe("nextArgs: the following page's arguments, per style", () => {
  it("offset: advances by the items received, from the server's offset or the request's", () => {
    const items = [1, 2];
    expect(nextArgs(OFFSET, { query: { limit: 2 } }, { total: 5 }, items)).toEqual({
      query: { limit: 2, offset: 2 },
    });
    expect(nextArgs(OFFSET, { query: { offset: 2 } }, { total: 5 }, items)).toEqual({
      query: { offset: 4 },
    });
    expect(nextArgs(OFFSET, { query: { offset: 9 } }, { offset: 1, total: 5 }, items)).toEqual({
      query: { offset: 3 },
    });
    // The last page, exactly at the total or past it; no total: go on until a page is empty.
    expect(nextArgs(OFFSET, { query: { offset: 3 } }, { total: 5 }, items)).toBeUndefined();
    expect(nextArgs(OFFSET, { query: { offset: 4 } }, { total: 5 }, items)).toBeUndefined();
    expect(nextArgs(OFFSET, { query: {} }, {}, items)).toEqual({ query: { offset: 2 } });
    expect(nextArgs(OFFSET, { query: {} }, {}, [])).toBeUndefined();
    expect(nextArgs(OFFSET, { query: { offset: 5 } }, { total: 5 }, [])).toBeUndefined();
    expect(nextArgs(OFFSET, { query: { offset: 2 } }, { total: 5 }, [])).toBe(EMPTY_WITH_MORE);
    // The server echoes an offset that does not move with the items.
    expect(nextArgs(OFFSET, { query: { offset: 2 } }, { offset: 0, total: 9 }, items)).toBe(
      STALLED,
    );
  });

  it("offset over a POST body keeps the body's other fields and leaves the query alone", () => {
    expect(
      nextArgs(OFFSET, { body: { limit: 2 }, query: { q: "x" } }, { total: 9 }, [1, 2]),
    ).toEqual({ body: { limit: 2, offset: 2 }, query: { q: "x" } });
  });

  it("cursor: the last item's field, only while the server says there is more", () => {
    const data = { has_more: true };
    expect(nextArgs(CURSOR, { query: {} }, data, [{ id: "a" }, { id: "b" }])).toEqual({
      query: { after: "b" },
    });
    expect(nextArgs(CURSOR, { query: {} }, { has_more: "true" }, [{ id: "a" }])).toBeUndefined();
    expect(nextArgs(CURSOR, { query: {} }, { has_more: false }, [{ id: "a" }])).toBeUndefined();
    expect(nextArgs(CURSOR, { query: {} }, data, [])).toBe(EMPTY_WITH_MORE);
    expect(nextArgs(CURSOR, { query: { after: "b" } }, data, [{ id: "b" }])).toBe(STALLED);
  });

  it("page: the next number while a dotted flag is true", () => {
    const more = { meta: { next: true } };
    expect(nextArgs(PAGE, { body: {} }, more, [1])).toEqual({ body: { page: 2 } });
    expect(nextArgs(PAGE, { body: { page: "4" } }, more, [1])).toEqual({ body: { page: 5 } });
    expect(nextArgs(PAGE, { body: {} }, { meta: { next: false } }, [1])).toBeUndefined();
    expect(nextArgs(PAGE, { body: {} }, { meta: null }, [1])).toBeUndefined();
    expect(nextArgs(PAGE, { body: {} }, more, [])).toBe(EMPTY_WITH_MORE);
  });

  it("pages: the server's page number below its total of pages", () => {
    expect(nextArgs(PAGES, { query: {} }, { total_pages: 3 }, [1])).toEqual({
      query: { page: 2 },
    });
    expect(nextArgs(PAGES, { query: { page: 1 } }, { page: 2, total_pages: 3 }, [1])).toEqual({
      query: { page: 3 },
    });
    expect(nextArgs(PAGES, { query: {} }, { page: 3, total_pages: 3 }, [1])).toBeUndefined();
    expect(nextArgs(PAGES, { query: {} }, { page: 4, total_pages: 3 }, [1])).toBeUndefined();
    expect(nextArgs(PAGES, { query: {} }, { page: "x", total_pages: 3 }, [1])).toBeUndefined();
    expect(nextArgs(PAGES, { query: {} }, { page: 1 }, [1])).toBeUndefined();
    expect(nextArgs(PAGES, { query: {} }, { page: 1, total_pages: 3 }, [])).toBe(EMPTY_WITH_MORE);
    // A server that resets to page 1 while the request asked for page 2.
    expect(nextArgs(PAGES, { query: { page: 2 } }, { page: 1, total_pages: 3 }, [1])).toBe(STALLED);
  });

  it("nextCursor: the server's cursor until it is null, missing or empty", () => {
    expect(nextArgs(NEXT_CURSOR, { body: { n: 1 } }, { next: "c2" }, [1])).toEqual({
      body: { n: 1, cursor: "c2" },
    });
    for (const next of [null, undefined, ""])
      expect(nextArgs(NEXT_CURSOR, { body: {} }, { next }, [1])).toBeUndefined();
    expect(nextArgs(NEXT_CURSOR, { body: {} }, { next: "c2" }, [])).toBe(EMPTY_WITH_MORE);
    expect(nextArgs(NEXT_CURSOR, { body: { cursor: 7 } }, { next: "7" }, [1])).toBe(STALLED);
  });
});

/** A Paginator over `pages` (bodies in the NEXT_CURSOR style), recording each request's body. */
function over(pages: unknown[], limits?: { operationId: string; maxPages?: number }) {
  const requests: unknown[] = [];
  const paginator = new Paginator<{ rows: number[] }, number>(
    NEXT_CURSOR,
    { body: {} },
    async (args) => {
      requests.push(args.body);
      const page = pages[requests.length - 1];
      if (page instanceof Error) throw page;
      return page;
    },
    limits,
  );
  return { paginator, requests };
}

describe("Paginator", () => {
  const THREE = [
    { rows: [1, 2], next: "b" },
    { rows: [3], next: "c" },
    { rows: [4], next: null },
  ];

  it("walks every item, sending each page's cursor, and loads the first page once", async () => {
    const { paginator, requests } = over(THREE);
    const items: number[] = [];
    for await (const item of paginator) items.push(item);
    expect(items).toEqual([1, 2, 3, 4]);
    expect(requests).toEqual([{}, { cursor: "b" }, { cursor: "c" }]);
    expect(await paginator.firstPage()).toBe(await paginator.firstPage());
    expect(await paginator).toEqual(THREE[0]);
    expect(requests).toHaveLength(3);
  });

  it("pages() yields each page with its body and items", async () => {
    const { paginator } = over(THREE);
    const pages = [];
    for await (const page of paginator.pages()) pages.push([page.data, page.items]);
    expect(pages).toEqual([
      [THREE[0], [1, 2]],
      [THREE[1], [3]],
      [THREE[2], [4]],
    ]);
  });

  it("a page without the items field has no items", async () => {
    const { paginator } = over([{ next: null }]);
    const page = await paginator.firstPage();
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  it("catch and finally work as on a promise of the first page's body", async () => {
    const failure = new Error("down");
    let settled = 0;
    const caught = await over([failure]).paginator.catch((error: unknown) => error);
    expect(caught).toBe(failure);
    expect(await over(THREE).paginator.catch(() => "never")).toEqual(THREE[0]);
    await expect(
      over([failure]).paginator.finally(() => {
        settled++;
      }),
    ).rejects.toBe(failure);
    expect(await over(THREE).paginator.finally(() => settled++)).toEqual(THREE[0]);
    expect(settled).toBe(2);
  });

  it("maxPages: the page past the limit is refused before it is requested", async () => {
    const { paginator, requests } = over(THREE, { operationId: "listRows", maxPages: 2 });
    const items: number[] = [];
    const error = await (async () => {
      for await (const item of paginator) items.push(item);
    })().catch((e: unknown) => e);
    expect(items).toEqual([1, 2, 3]);
    expect(requests).toHaveLength(2);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      message: "listRows: more than maxPages (2) pages",
      operationId: "listRows",
      page: 3,
    });
    const exact = over(THREE, { operationId: "listRows", maxPages: 3 });
    for await (const _ of exact.paginator);
    expect(exact.requests).toHaveLength(3);
  });

  it("names the page at fault and the style's word for what did not advance", async () => {
    const stalled = over([
      { rows: [1], next: "b" },
      { rows: [2], next: "b" },
    ]);
    const first = await stalled.paginator.firstPage();
    await expect(first.nextPage()).rejects.toMatchObject({
      name: "PaginationError",
      message: "list: page 2 points back to itself (the next cursor does not advance)",
      operationId: "list",
      page: 2,
    });
    const empty = over([{ rows: [], next: "b" }], { operationId: "listRows" });
    await expect(empty.paginator.firstPage()).rejects.toMatchObject({
      message: "listRows: page 1 is empty but claims more pages",
      page: 1,
    });
  });

  it.each([
    [OFFSET, { data: [1], offset: 0, total: 9 }, "offset"],
    [CURSOR, { data: [{ id: "a" }], has_more: true }, "cursor"],
    [PAGES, { rows: [1], page: 1, total_pages: 9 }, "page number"],
  ] as const)("%o stalls in its own words", async (pagination, body, word) => {
    const paginator = new Paginator(pagination, { query: {} }, async () => body);
    const first = await paginator.firstPage();
    await expect(first.nextPage()).rejects.toThrow(`(the ${word} does not advance)`);
  });
});
