import type { Express } from "express";
import { isPlainLocalhost } from "#src/modules/sessions/session-cookie.js";

/** Conservative headers on every answer; the console needs nothing from other origins. */
export function mountSecurityHeaders(app: Express): void {
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    // Served over HTTPS (anything but plain-http localhost): browsers must never come back over plain HTTP.
    if (!isPlainLocalhost(req)) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    res.setHeader("x-frame-options", "DENY");
    res.setHeader(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    next();
  });
}
