import { describe, expect, it } from "vitest";

import { decodeWorkspaceState, encodeWorkspaceState } from "@/lib/workspace/url-state";

// The workspace URL carries the firm's home market (docs/decisions/017); absent means China.

describe("home= in the workspace URL", () => {
  it("reads a code in either case and writes it back", () => {
    const { state, problems } = decodeWorkspaceState(new URLSearchParams("m=CAN,MEX&home=usa"));
    expect(problems).toEqual([]);
    expect(state.home).toBe("USA");
    expect(new URLSearchParams(encodeWorkspaceState(state)).get("home")).toBe("USA");
  });

  it("leaves it out when absent, so old links keep meaning China", () => {
    const { state } = decodeWorkspaceState(new URLSearchParams("m=RUS,IDN"));
    expect(state.home).toBeUndefined();
    expect(new URLSearchParams(encodeWorkspaceState(state)).has("home")).toBe(false);
  });

  it("replaces a malformed home by the default and says so under its URL name", () => {
    const { state, problems } = decodeWorkspaceState(new URLSearchParams("m=RUS&home=america"));
    expect(state.home).toBeUndefined();
    expect(state.markets).toEqual(["RUS"]);
    expect(problems).toEqual([
      '"america" (home=) is not a three-letter market code for the home market; China is used instead.',
    ]);
  });
});
