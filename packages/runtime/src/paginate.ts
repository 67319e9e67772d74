import type { ClientCore } from "./client-core.js";
import { ConfigurationError, PaginationError } from "./errors.js";
import type { RequestArgs, RequestOptions } from "./request-types.js";
import type { OperationSpec, PaginationSpec } from "./spec.js";

/**
 * A list operation walked page by page as the spec's `x-paygen-pagination` says, each page one call
 * through `core`. A function rather than a method of `ClientCore`, so that a bundle whose operations
 * are not paginated leaves pagination out.
 */
export function paginate<P, Item>(
  core: ClientCore,
  operation: OperationSpec,
  args: RequestArgs,
  options?: RequestOptions,
): Paginator<P, Item> {
  if (!operation.pagination) throw new ConfigurationError(`${operation.id} is not paginated`);
  return new Paginator<P, Item>(
    operation.pagination,
    args,
    (pageArgs) => core.request(operation, pageArgs, options),
    { operationId: operation.id, maxPages: options?.maxPages ?? core.maxPages },
  );
}

/** One page of a list, with what is needed to get the next. */
export class Page<P, Item> {
  constructor(
    readonly data: P,
    readonly items: Item[],
    private readonly next: RequestArgs | undefined,
    private readonly fetchPage: (args: RequestArgs) => Promise<Page<P, Item>>,
  ) {}

  hasNextPage(): boolean {
    return this.next !== undefined;
  }

  /** The following page, or undefined after the last. */
  async nextPage(): Promise<Page<P, Item> | undefined> {
    return this.next === undefined ? undefined : this.fetchPage(this.next);
  }
}

/**
 * What a list operation returns: awaits to the first page's body (as a plain call would), iterates
 * every item of every page with `for await`, and gives page access with `firstPage()` / `pages()`.
 */
export class Paginator<P, Item> implements PromiseLike<P>, AsyncIterable<Item> {
  #first: Promise<Page<P, Item>> | undefined;

  constructor(
    private readonly pagination: PaginationSpec,
    private readonly args: RequestArgs,
    private readonly fetch: (args: RequestArgs) => Promise<unknown>,
    private readonly limits: { operationId: string; maxPages?: number | undefined } = {
      operationId: "list",
    },
  ) {}

  firstPage(): Promise<Page<P, Item>> {
    this.#first ??= this.#load(this.args, 1);
    return this.#first;
  }

  async *pages(): AsyncGenerator<Page<P, Item>> {
    for (
      let page: Page<P, Item> | undefined = await this.firstPage();
      page;
      page = await page.nextPage()
    )
      yield page;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.pages()) yield* page.items;
  }

  then<A = P, B = never>(
    onFulfilled?: ((value: P) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage()
      .then((page) => page.data)
      .then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<P | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<P> {
    return this.then().finally(onFinally);
  }

  async #load(args: RequestArgs, number: number): Promise<Page<P, Item>> {
    const { operationId, maxPages } = this.limits;
    if (maxPages !== undefined && number > maxPages) {
      throw new PaginationError(
        `${operationId}: more than maxPages (${maxPages}) pages`,
        operationId,
        number,
      );
    }
    const data = (await this.fetch(args)) as P;
    const items = (get(data, this.pagination.items) as Item[] | undefined) ?? [];
    const next = nextArgs(this.pagination, args, data, items);
    if (next === STALLED) {
      throw new PaginationError(
        `${operationId}: page ${number} points back to itself (the ${ADVANCES[this.pagination.style]} does not advance)`,
        operationId,
        number,
      );
    }
    if (next === EMPTY_WITH_MORE) {
      throw new PaginationError(
        `${operationId}: page ${number} is empty but claims more pages`,
        operationId,
        number,
      );
    }
    return new Page(data, items, next, (following) => this.#load(following, number + 1));
  }
}

/** What moves from one page to the next, in each style's words. */
const ADVANCES: Record<PaginationSpec["style"], string> = {
  offset: "offset",
  cursor: "cursor",
  page: "page",
  pages: "page number",
  nextCursor: "next cursor",
};

/** The server says there are more pages, but its next page is the one just fetched. */
export const STALLED = Symbol("stalled");
/** The server sent no items and says there are more. */
export const EMPTY_WITH_MORE = Symbol("empty-with-more");

/**
 * The arguments of the following page, undefined when this one is the last, or why the server's
 * answer cannot be followed: a position that does not advance, an empty page that claims more.
 */
export function nextArgs(
  pagination: PaginationSpec,
  args: RequestArgs,
  data: unknown,
  items: unknown[],
): RequestArgs | undefined | typeof STALLED | typeof EMPTY_WITH_MORE {
  const current = {
    ...(args.body !== undefined ? (args.body as Record<string, unknown>) : args.query),
  };
  const withParam = (name: string, value: unknown): RequestArgs | typeof STALLED => {
    if (current[name] !== undefined && String(current[name]) === String(value)) return STALLED;
    return args.body !== undefined
      ? { ...args, body: { ...current, [name]: value } }
      : { ...args, query: { ...current, [name]: value } };
  };
  switch (pagination.style) {
    case "offset": {
      const total = Number(get(data, pagination.total));
      const offset =
        Number(get(data, pagination.offset) ?? current[pagination.offset] ?? 0) + items.length;
      if (items.length === 0)
        return Number.isFinite(total) && offset < total ? EMPTY_WITH_MORE : undefined;
      return Number.isFinite(total) && offset >= total
        ? undefined
        : withParam(pagination.offset, offset);
    }
    case "cursor": {
      if (get(data, pagination.hasMore) !== true) return undefined;
      if (items.length === 0) return EMPTY_WITH_MORE;
      const last = items[items.length - 1] as Record<string, unknown>;
      return withParam(pagination.cursor, get(last, pagination.cursorItemField));
    }
    case "page": {
      if (get(data, pagination.hasNext) !== true) return undefined;
      if (items.length === 0) return EMPTY_WITH_MORE;
      return withParam(pagination.page, Number(current[pagination.page] ?? 1) + 1);
    }
    case "pages": {
      // The server's own page number when it echoes one, so a reset page is caught as STALLED.
      const page = Number(get(data, pagination.page) ?? current[pagination.page] ?? 1);
      const totalPages = Number(get(data, pagination.totalPages));
      if (!Number.isFinite(page) || !Number.isFinite(totalPages) || page >= totalPages)
        return undefined;
      if (items.length === 0) return EMPTY_WITH_MORE;
      return withParam(pagination.page, page + 1);
    }
    case "nextCursor": {
      const cursor = get(data, pagination.nextCursor);
      if (cursor === null || cursor === undefined || cursor === "") return undefined;
      if (items.length === 0) return EMPTY_WITH_MORE;
      return withParam(pagination.cursor, cursor);
    }
  }
}

/** `a.b.c` of a parsed body. */
function get(value: unknown, dotted: string): unknown {
  return dotted
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === "object"
          ? (node as Record<string, unknown>)[key]
          : undefined,
      value,
    );
}

export type { OperationSpec };
