import { sampleFromSchema } from "@paygen/test-sampler";

type Parameter = {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  schema?: unknown;
};
type Operation = {
  operationId: string;
  "x-paygen-resource": string;
  "x-paygen-method": string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
};
export interface SpecDocument {
  paths: Record<string, Record<string, unknown> & { parameters?: Parameter[] }>;
  components: {
    parameters?: Record<string, Parameter>;
    schemas?: Record<string, { properties?: Record<string, unknown> }>;
  };
}

/**
 * Calls every operation of a spec once through its generated client, with inputs sampled from the spec
 * (and validated before sending): path parameters, required query parameters, and a body — an update
 * whose fields are all optional gets one field. Returns the failures and the operations called, in order.
 */
export async function callEveryOperation(
  spec: SpecDocument,
  client: object,
  beforeCall: (operationId: string) => void = () => undefined,
): Promise<{ called: string[]; failures: string[] }> {
  const called: string[] = [];
  const failures: string[] = [];
  const resolve = (p: Parameter): Parameter =>
    p.$ref ? spec.components.parameters![p.$ref.split("/").pop()!]! : p;
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (
        method === "parameters" ||
        typeof value !== "object" ||
        value === null ||
        !("operationId" in value)
      )
        continue;
      const op = value as Operation;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const pathArgs = [...route.matchAll(/\{([^}]+)\}/g)].map((m) =>
        String(
          sampleFromSchema(
            spec,
            params.find((p) => p.in === "path" && p.name === m[1])?.schema ?? { type: "string" },
          ),
        ),
      );
      const media = op.requestBody ? Object.values(op.requestBody.content)[0] : undefined;
      let body = media
        ? (sampleFromSchema(spec, media.schema) as Record<string, unknown>)
        : undefined;
      const ref = (media?.schema as { $ref?: string } | undefined)?.$ref;
      const properties = ref
        ? spec.components.schemas?.[ref.split("/").pop()!]?.properties
        : (media?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
      if (
        body &&
        typeof body === "object" &&
        Object.keys(body).length === 0 &&
        properties &&
        Object.keys(properties).length > 0
      ) {
        const [name, schema] =
          Object.entries(properties).find(([, s]) =>
            JSON.stringify(s).includes('"type":"string"'),
          ) ?? Object.entries(properties)[0]!;
        body = { [name]: sampleFromSchema(spec, schema) };
      }
      const requiredQuery = params.filter((p) => p.in === "query" && p.required);
      const query =
        requiredQuery.length > 0
          ? Object.fromEntries(
              requiredQuery.map((p) => [p.name!, sampleFromSchema(spec, p.schema)]),
            )
          : undefined;
      const resource = op["x-paygen-resource"]
        .split(".")
        .reduce<unknown>((node, name) => (node as Record<string, unknown>)[name], client) as Record<
        string,
        (...args: unknown[]) => PromiseLike<unknown>
      >;
      beforeCall(op.operationId);
      called.push(op.operationId);
      try {
        const args = media ? [body, ...(query ? [{ query }] : [])] : query ? [query] : [];
        await resource[op["x-paygen-method"]]!.call(resource, ...pathArgs, ...args);
      } catch (error) {
        failures.push(`${op.operationId}: ${String(error).slice(0, 200)}`);
      }
    }
  }
  return { called, failures };
}
