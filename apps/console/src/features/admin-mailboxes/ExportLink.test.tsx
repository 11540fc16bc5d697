import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ExportLink, exportHref } from "./ExportLink";

afterEach(cleanup);

describe("the CSV download", () => {
  it("carries the filters on screen", () => {
    expect(exportHref("d1", null, "")).toBe("/exports/mailboxes.csv?domainId=d1");
    expect(exportHref("d1", "NOT_ENROLLED", "ann smith")).toBe("/exports/mailboxes.csv?domainId=d1&mfaStatus=NOT_ENROLLED&search=ann+smith");
  });
  it("says when the download is filtered", () => {
    render(<ExportLink domainId="d1" domainName="example.com" status="LOCKED" search="" />);
    const link = screen.getByRole("link", { name: "Download CSV (filtered)" });
    expect(link.getAttribute("download")).toBe("mailboxes-example.com.csv");
  });
});
