/**
 * `multipart/form-data` from a plain object: Blobs and byte arrays become file parts, arrays repeat
 * their field, nested objects travel as JSON text. fetch sets the content type with its boundary.
 */
export function encodeMultipart(body: unknown): FormData {
  const form = new FormData();
  const append = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (value instanceof Blob) form.append(name, value);
    else if (value instanceof Uint8Array) form.append(name, new Blob([new Uint8Array(value)]));
    else if (value instanceof ArrayBuffer) form.append(name, new Blob([value]));
    else if (Array.isArray(value)) value.forEach((item) => append(name, item));
    else if (typeof value === "object") form.append(name, JSON.stringify(value));
    else form.append(name, String(value));
  };
  if (body !== null && typeof body === "object")
    for (const [name, value] of Object.entries(body)) append(name, value);
  return form;
}
