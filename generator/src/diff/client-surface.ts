import { buildIR, credentialOptions, type ProviderIR } from "../ir/index.js";
import type { LoadedSpec } from "../load/index.js";
import { joinPointer } from "../util/json-pointer.js";
import { operationKey } from "./normalize/spec.js";

/** A name in the generated client and the spec node it comes from. */
export interface ClientName {
  name: string;
  pointer: string;
}

/** The names a consumer of the generated package writes, other than type names. */
export interface ClientSurface {
  /** The exported client class, `Omise`; the pointer is `x-paygen-package` when it names the class. */
  className: ClientName;
  /** Operation key (see {@link operationKey}) → `customers.cards.list`. */
  methods: Map<string, ClientName>;
  /** Client option name (credentials and client headers) → where it is declared. */
  options: Map<string, ClientName>;
  /** `x-paygen-environment` name → its server. */
  environments: Map<string, ClientName>;
}

/** The two sides' client surfaces, as the diff passes them to the client rules. */
export interface ClientSources {
  base: LoadedSpec;
  revision: LoadedSpec;
  /** The provider id both sides are generated under (it names the class when the spec does not). */
  provider: string;
}

/**
 * The client surface of a spec, or undefined when its IR cannot be built (a third-party spec
 * whose names collide, or one the generator would refuse): the client rules then have nothing to compare.
 */
export function clientSurface(spec: LoadedSpec, provider: string): ClientSurface | undefined {
  let ir: ProviderIR | undefined;
  try {
    ir = buildIR({ id: provider, specPath: "", spec }).ir;
  } catch {
    // buildIR expects a validated spec; diff compares any parseable document, so a spec the
    // generator cannot handle has no client surface rather than ending the comparison.
    return undefined;
  }
  return ir ? surfaceOf(ir, spec.document) : undefined;
}

function surfaceOf(ir: ProviderIR, document: Record<string, unknown>): ClientSurface {
  const packageExtension = document["x-paygen-package"];
  const namesClass =
    typeof packageExtension === "object" &&
    packageExtension !== null &&
    "clientName" in packageExtension;
  const methods = new Map<string, ClientName>();
  for (const operation of ir.operations) {
    methods.set(operationKey(operation.httpMethod, operation.path), {
      name: [...operation.resource, operation.method].join("."),
      pointer: joinPointer("/paths", operation.path, operation.httpMethod),
    });
  }
  const options = new Map<string, ClientName>();
  for (const scheme of ir.securitySchemes) {
    for (const name of credentialOptions(scheme)) {
      if (!options.has(name))
        options.set(name, {
          name,
          pointer: joinPointer("/components/securitySchemes", scheme.name),
        });
    }
  }
  ir.clientHeaders.forEach((header, index) => {
    if (!options.has(header.option))
      options.set(header.option, {
        name: header.option,
        pointer: joinPointer("/x-paygen-client-headers", index, "option"),
      });
  });
  const environments = new Map<string, ClientName>();
  ir.servers.forEach((server, index) => {
    if (!environments.has(server.environment))
      environments.set(server.environment, {
        name: server.environment,
        pointer: joinPointer("/servers", index, "x-paygen-environment"),
      });
  });
  return {
    className: {
      name: ir.clientName,
      pointer: namesClass ? "/x-paygen-package/clientName" : "",
    },
    methods,
    options,
    environments,
  };
}
