import type { ClientName, ClientSurface } from "../../client-surface.js";
import { clientSurface } from "../../client-surface.js";
import type { DiffContext } from "../../context.js";

/** Both sides' client surfaces; absent when nothing differs or either side's IR cannot be built. */
export interface ClientSurfaces {
  base: ClientSurface;
  revision: ClientSurface;
}

const cache = new WeakMap<DiffContext, ClientSurfaces | null>();

/** Built once per context (one IR per side) and shared by the client rules. */
export function clientSurfaces(ctx: DiffContext): ClientSurfaces | undefined {
  let surfaces = cache.get(ctx);
  if (surfaces === undefined) cache.set(ctx, (surfaces = compute(ctx)));
  return surfaces ?? undefined;
}

function compute(ctx: DiffContext): ClientSurfaces | null {
  if (!ctx.sources) return null;
  const base = clientSurface(ctx.sources.base, ctx.sources.provider);
  const revision = base && clientSurface(ctx.sources.revision, ctx.sources.provider);
  return base && revision ? { base, revision } : null;
}

/** The names of `from` that `to` does not have, in `from`'s order. */
export function missingNames(
  from: Map<string, ClientName>,
  to: Map<string, ClientName>,
): ClientName[] {
  return [...from.values()].filter((entry) => !to.has(entry.name));
}
