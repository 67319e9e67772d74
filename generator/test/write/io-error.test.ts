import { describe, expect, it } from "vitest";
import { describeIoError } from "../../src/util/io-error.js";
import { OutputError } from "../../src/write/index.js";

function ioError(code: string | undefined, at?: string): NodeJS.ErrnoException {
  return Object.assign(new Error("raw message with a stack"), { code, path: at });
}

describe("write failures as users read them", () => {
  it("explains known codes, falls back for unknown ones, and treats a missing code as EIO", () => {
    expect(describeIoError(ioError("EROFS"))).toBe("read-only file system (EROFS)");
    expect(describeIoError(ioError("ENOTEMPTY"))).toBe("a folder is in the way (ENOTEMPTY)");
    expect(describeIoError(ioError("EWHATEVER"))).toBe("input/output error (EWHATEVER)");
    expect(describeIoError(ioError(undefined))).toBe("input/output error (EIO)");
  });

  it("an OutputError names the package, and the failing path only when it is another one", () => {
    const inside = new OutputError("/out/client", ioError("EACCES", "/out/client/src"));
    expect(inside.message).toBe(
      "cannot write the package /out/client: permission denied (EACCES) at /out/client/src",
    );
    expect(inside.name).toBe("OutputError");
    expect(inside.packageDir).toBe("/out/client");
    const same = new OutputError("/out/client", ioError("ENOSPC", "/out/client"));
    expect(same.message).toBe(
      "cannot write the package /out/client: no space left on device (ENOSPC)",
    );
    const pathless = new OutputError("/out/client", ioError("EBUSY"));
    expect(pathless.message).toBe("cannot write the package /out/client: resource busy (EBUSY)");
  });
});
