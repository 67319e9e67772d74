import type * as runtime from "@paygen/runtime";
import type { BodyKind } from "../../ir/index.js";

/** The runtime's body encoders, by name: what a descriptor's `encodeBody` refers to. */
type BodyEncoderName = keyof typeof runtime & ("encodeForm" | "encodeMultipart" | "rawBody");

/** Per kind of request body, its encoder; none for JSON, the runtime's default. */
const ENCODERS: Readonly<Record<BodyKind, BodyEncoderName | undefined>> = {
  json: undefined,
  form: "encodeForm",
  multipart: "encodeMultipart",
  text: "rawBody",
  binary: "rawBody",
  none: undefined,
};

/** Every encoder name client.ts may import: module bindings no operation function may take. */
export const BODY_ENCODER_NAMES: readonly string[] = [
  ...new Set(Object.values(ENCODERS).filter((name) => name !== undefined)),
];

/**
 * The encoder a request body of this kind needs. The operation's `Body` alias is typed by the same
 * kind (raw kinds take bytes, Blobs or strings), so what is typed is what is sent.
 */
export function bodyEncoder(kind: BodyKind): BodyEncoderName | undefined {
  return ENCODERS[kind];
}
