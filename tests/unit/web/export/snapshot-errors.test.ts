/** What `npm run snapshot` prints when the page refuses a picture: one line, the exit code of a usage error. */
import { describe, expect, it } from "vitest";
import { firstLine, pictureError } from "../../../../scripts/lib/snapshot/render.ts";

describe("snapshot errors", () => {
  it("turns a frame too small into a usage error with the page's message alone", () => {
    const error = pictureError({
      name: "FrameTooSmallError",
      message:
        "A 300×300 picture leaves 46×148 px for the graph; make it larger or leave out the legend or sources.",
    });
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      "A 300×300 picture leaves 46×148 px for the graph; make it larger or leave out the legend or sources.",
    );
  });

  it("says that other failures come from making the picture, exit code 1", () => {
    const error = pictureError({ name: "TypeError", message: "Failed to fetch" });
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe("The picture could not be made: Failed to fetch");
  });

  it("drops Playwright's call prefix and the page's stack", () => {
    const thrown = new Error(
      "page.evaluate: FrameTooSmallError: No room.\n    at Xe (http://127.0.0.1:8080/assets/index-D.js:14:2150)",
    );
    expect(firstLine(thrown)).toBe("FrameTooSmallError: No room.");
  });
});
