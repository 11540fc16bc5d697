// Records WebAuthn ceremonies made by Chromium's virtual authenticators (Chrome DevTools Protocol) for fixed
// challenges, for the API's tests with recorded authenticator responses (apps/api/test/webauthn/recorded/).
// Run once: pnpm --filter @mfa/tests record:webauthn (needs Chromium; CHROMIUM_PATH names another one)
// The browser makes its own client data, origin and RP ID hash, counters and signatures: the answers come from an
// implementation other than the service's and its test authenticator.
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "playwright-core";

const PORT = 47210;
const ORIGIN = `http://localhost:${PORT}`;
const RP_ID = "localhost";
const OUT = new URL("../../apps/api/test/webauthn/recorded/chromium.json", import.meta.url);

const AUTHENTICATORS = {
  platform: { protocol: "ctap2", ctap2Version: "ctap2_1", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  securityKey: { protocol: "ctap2", ctap2Version: "ctap2_1", transport: "usb", hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
};

/** A fixed challenge per step, so a test knows what the service must have handed out. */
const challenge = (label) => Buffer.from(`recorded ${label} challenge, 32+ bytes of it`.padEnd(40, ".")).toString("base64url");

const server = createServer((_, res) => res.end("<!doctype html><title>recorder</title>"));
await new Promise((resolve, reject) => server.once("error", reject).listen(PORT, "127.0.0.1", resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const recorded = { recordedWith: `Chromium ${browser.version()} virtual authenticators`, origin: ORIGIN, rpId: RP_ID, authenticators: {} };
try {
  for (const [kind, options] of Object.entries(AUTHENTICATORS)) {
    const page = await browser.newPage();
    await page.goto(ORIGIN);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    await cdp.send("WebAuthn.addVirtualAuthenticator", { options });
    const uv = kind === "platform" ? "required" : "discouraged";
    const registration = { challenge: challenge(`${kind} registration`) };
    registration.response = await page.evaluate(
      async ({ challenge, rpId, kind, uv }) => {
        const bytes = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
        const credential = await navigator.credentials.create({
          publicKey: {
            challenge: bytes(challenge),
            rp: { id: rpId, name: "MFA service" },
            user: { id: new TextEncoder().encode(`recorded-${kind}`), name: `${kind}@example.com`, displayName: kind },
            pubKeyCredParams: [{ type: "public-key", alg: -7 }, { type: "public-key", alg: -257 }],
            attestation: "none",
            authenticatorSelection: { residentKey: kind === "platform" ? "required" : "discouraged", userVerification: uv },
          },
        });
        return credential.toJSON();
      },
      { challenge: registration.challenge, rpId: RP_ID, kind, uv },
    );
    const assertions = [];
    for (const n of [1, 2]) {
      const step = { challenge: challenge(`${kind} assertion ${n}`) };
      step.response = await page.evaluate(
        async ({ challenge, rpId, id, uv }) => {
          const bytes = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
          const credential = await navigator.credentials.get({ publicKey: { challenge: bytes(challenge), rpId, allowCredentials: [{ type: "public-key", id: bytes(id) }], userVerification: uv } });
          return credential.toJSON();
        },
        { challenge: step.challenge, rpId: RP_ID, id: registration.response.id, uv },
      );
      assertions.push(step);
    }
    recorded.authenticators[kind] = { registration, assertions };
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(OUT, `${JSON.stringify(recorded, null, 2)}\n`);
console.log(`recorded ${Object.keys(recorded.authenticators).join(", ")} into ${OUT.pathname.split("/").slice(-5).join("/")}`);
