import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderQrPngDataUrl, renderQrSvg } from "./qr.js";
import { buildOtpauthUri, generateTotpSecret } from "./totp.js";

const ZBARIMG = process.env.ZBARIMG_PATH ?? "zbarimg";
const PNG_PREFIX = "data:image/png;base64,";

describe("QR codes", () => {
  const dir = mkdtempSync(join(tmpdir(), "core-qr-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("renders a PNG that zbarimg decodes to exactly the otpauth URI", async () => {
    const uri = buildOtpauthUri({ issuer: "Acme: Mail", accountName: "alice@example.com", secret: generateTotpSecret() });
    const dataUrl = await renderQrPngDataUrl(uri);
    expect(dataUrl.startsWith(PNG_PREFIX)).toBe(true);
    const file = join(dir, "qr.png");
    writeFileSync(file, Buffer.from(dataUrl.slice(PNG_PREFIX.length), "base64"));
    const decoded = execFileSync(ZBARIMG, ["--raw", "-q", file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    expect(decoded.replace(/\n$/, "")).toBe(uri);
  });

  it("renders a standalone SVG", async () => {
    const svg = await renderQrSvg("otpauth://totp/A:b?secret=AAAA");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<path");
  });
});
