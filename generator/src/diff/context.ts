import { isDeepStrictEqual } from "node:util";
import type { ClientSources } from "./client-surface.js";
import type { Direction } from "./model.js";
import type { Schema } from "./normalize/schema.js";
import {
  normalizeSpec,
  schemaRoots,
  type NormalizedSpec,
  type Operation,
} from "./normalize/spec.js";
import { StructuralIndex } from "./normalize/structure.js";
import { typeShapeChanged } from "./ts-shape.js";
import { PairGraph, type PairNode } from "./pair-graph.js";
import { asOneMemberUnion, matchVariants, type VariantMatch } from "./variants.js";

/** The same operation on both sides. */
export interface OperationPair {
  base: Operation;
  revision: Operation;
}

/** Where in an operation a schema sits. */
export type Scope =
  "parameter" | "request-body" | "response-body" | "response-header" | "webhook-payload";

export const SCOPE_DIRECTION: Record<Scope, Direction> = {
  parameter: "request",
  "request-body": "request",
  "response-body": "response",
  "response-header": "response",
  // A webhook payload is a request the provider sends: for the receiving app it is data it reads.
  "webhook-payload": "request",
};

/** One place a pair of schemas is reached from. */
export interface SchemaSite {
  operation: OperationPair;
  /** `amount`, `card.number`, `data[].id`; empty at the root. */
  path: string;
  /** What holds the root, e.g. `request body`, `response 200`, `query parameter 'limit'`. */
  holder: string;
  /** Whether the enclosing parameter, header or body is required on each side. */
  rootRequired: { base: boolean; revision: boolean };
}

/**
 * Two differing schemas, once however many places reach them (a shared component changed once is
 * one pair): the first place it was reached from, and in `sites` all of them.
 */
export interface SchemaPair extends SchemaSite {
  scope: Scope;
  base: Schema;
  revision: Schema;
  sites: SchemaSite[];
}

/**
 * Both normalised specs, the operations matched between them, and every pair of schemas that
 * differ, computed once and shared by all rules.
 */
export class DiffContext {
  readonly pairs: OperationPair[] = [];
  readonly added: Operation[] = [];
  readonly removed: Operation[] = [];
  readonly webhookPairs: OperationPair[] = [];
  readonly addedWebhooks: Operation[] = [];
  readonly removedWebhooks: Operation[] = [];
  private structureIndex: StructuralIndex | undefined;
  private graph: PairGraph | undefined;
  private readonly schemaPairsByScope = new Map<Scope, SchemaPair[]>();

  constructor(
    readonly base: NormalizedSpec,
    readonly revision: NormalizedSpec,
    /** The loaded specs, for rules about the generated client; absent when nothing differs. */
    readonly sources?: ClientSources,
  ) {
    matchOperations(
      base.operations,
      revision.operations,
      this.pairs,
      this.added,
      this.removed,
      true,
    );
    matchOperations(
      base.webhooks,
      revision.webhooks,
      this.webhookPairs,
      this.addedWebhooks,
      this.removedWebhooks,
      false,
    );
  }

  sameSchema(a: Schema, b: Schema): boolean {
    return a === b || this.structure().same(a, b);
  }

  /** The structural class of a schema of either spec (see {@link StructuralIndex}). */
  structuralClass(schema: Schema): number | undefined {
    return this.structure().classOf(schema);
  }

  private structure(): StructuralIndex {
    this.structureIndex ??= new StructuralIndex([
      ...schemaRoots(this.base),
      ...schemaRoots(this.revision),
    ]);
    return this.structureIndex;
  }

  /** How the oneOf/anyOf members of two schemas correspond (see {@link matchVariants}). */
  variantMatch(base: Schema, revision: Schema): VariantMatch {
    return matchVariants(base, revision, (a, b) => this.sameSchema(a, b));
  }

  typesChanged(a: Schema, b: Schema): boolean {
    return typeShapeChanged(a, b);
  }

  /** Every pair of schema nodes in one scope whose own keywords differ, parents before children. */
  schemaPairs(scope: Scope): SchemaPair[] {
    let pairs = this.schemaPairsByScope.get(scope);
    if (!pairs) this.schemaPairsByScope.set(scope, (pairs = this.collect(scope)));
    return pairs;
  }

  /** The node pairs below two schemas whose own keywords differ, each once, with its path (`""` for the root). */
  changedBelow(
    base: Schema,
    revision: Schema,
  ): Array<{ path: string; base: Schema; revision: Schema }> {
    const changed: Array<{ path: string; base: Schema; revision: Schema }> = [];
    this.pairGraph().changedBelow(base, revision, (node, path) =>
      changed.push({ path, base: node.base, revision: node.revision }),
    );
    return changed;
  }

  private pairGraph(): PairGraph {
    return (this.graph ??= new PairGraph({
      same: (a, b) => this.sameSchema(a, b),
      variantPairs: (base, revision) => this.variantMatch(base, revision).pairs,
      asUnion: (plain, union) => asOneMemberUnion(plain, union, (a, b) => this.sameSchema(a, b)),
    }));
  }

  private collect(scope: Scope): SchemaPair[] {
    const graph = this.pairGraph();
    const out = new Map<PairNode, SchemaPair>();
    const operationPairs = scope === "webhook-payload" ? this.webhookPairs : this.pairs;
    for (const operation of operationPairs) {
      for (const root of roots(scope, operation)) {
        graph.changedBelow(root.base, root.revision, (node, path) => {
          const site = { operation, holder: root.holder, rootRequired: root.rootRequired, path };
          const pair = out.get(node);
          if (pair) pair.sites.push(site);
          else
            out.set(node, {
              ...site,
              scope,
              base: node.base,
              revision: node.revision,
              sites: [site],
            });
        });
      }
    }
    return [...out.values()];
  }
}

/**
 * The context of two documents. Equal documents have nothing that differs, so nothing is normalised
 * or compared: both sides are the empty spec, and identical specs of any size cost one deep-equality
 * check (each rule's fixture test checks that it reports nothing for two equal contracts).
 */
export function contextBetween(sources: ClientSources): DiffContext {
  const { base, revision } = sources;
  if (isDeepStrictEqual(base.document, revision.document)) {
    const nothing = normalizeSpec({});
    return new DiffContext(nothing, nothing);
  }
  return new DiffContext(normalizeSpec(base.document), normalizeSpec(revision.document), sources);
}

function roots(
  scope: Scope,
  { base, revision }: OperationPair,
): Array<Omit<SchemaPair, "scope" | "operation" | "path" | "sites">> {
  const result: Array<Omit<SchemaPair, "scope" | "operation" | "path" | "sites">> = [];
  switch (scope) {
    case "parameter":
      for (const [key, parameter] of base.parameters) {
        const other = revision.parameters.get(key);
        if (!other) continue;
        result.push({
          base: parameter.schema,
          revision: other.schema,
          holder: `${other.in} parameter '${other.name}'`,
          rootRequired: { base: parameter.required, revision: other.required },
        });
      }
      break;
    case "request-body":
    case "webhook-payload":
      if (!base.requestBody || !revision.requestBody) break;
      for (const [mediaType, media] of base.requestBody.content) {
        const other = revision.requestBody.content.get(mediaType);
        if (!other) continue;
        result.push({
          base: media.schema,
          revision: other.schema,
          holder: scope === "webhook-payload" ? "payload" : "request body",
          rootRequired: {
            base: base.requestBody.required,
            revision: revision.requestBody.required,
          },
        });
      }
      break;
    case "response-body":
    case "response-header":
      for (const [status, response] of base.responses) {
        const other = revision.responses.get(status);
        if (!other) continue;
        if (scope === "response-body") {
          for (const [mediaType, media] of response.content) {
            const otherMedia = other.content.get(mediaType);
            if (otherMedia)
              result.push({
                base: media.schema,
                revision: otherMedia.schema,
                holder: `response ${status}`,
                rootRequired: { base: true, revision: true },
              });
          }
        } else {
          for (const [name, header] of response.headers) {
            const otherHeader = other.headers.get(name);
            if (otherHeader) {
              result.push({
                base: header.schema,
                revision: otherHeader.schema,
                holder: `response ${status} header '${otherHeader.name}'`,
                rootRequired: { base: header.required, revision: otherHeader.required },
              });
            }
          }
        }
      }
      break;
  }
  return result;
}

/** By method + path; what is left over pairs up by operationId (a path rename). */
function matchOperations(
  base: Map<string, Operation>,
  revision: Map<string, Operation>,
  pairs: OperationPair[],
  added: Operation[],
  removed: Operation[],
  byOperationId: boolean,
): void {
  const unmatchedBase: Operation[] = [];
  for (const [key, operation] of base) {
    const other = revision.get(key);
    if (other) pairs.push({ base: operation, revision: other });
    else unmatchedBase.push(operation);
  }
  const matched = new Set(pairs.map((pair) => pair.revision));
  const unmatchedRevision = [...revision.values()].filter((operation) => !matched.has(operation));
  for (const operation of unmatchedBase) {
    const renamed =
      byOperationId && operation.operationId !== undefined
        ? unmatchedRevision.find(
            (other) =>
              other.operationId === operation.operationId && other.method === operation.method,
          )
        : undefined;
    if (renamed) {
      pairs.push({ base: operation, revision: renamed });
      unmatchedRevision.splice(unmatchedRevision.indexOf(renamed), 1);
    } else removed.push(operation);
  }
  added.push(...unmatchedRevision);
}
