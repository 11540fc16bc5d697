import { readFileSync } from "node:fs";
import { ErrorCode, ERROR_CODE_MEANINGS, IDENTITY_STATUS_OF, MAIL_ERROR_CODE_MEANINGS, MailErrorCode } from "@mfa/api";
import { renderErrorCodes } from "./error-codes.js";
import { renderGraphqlReference } from "./graphql-reference.js";

/** The repository's root, from this file (docs/src or docs/dist). */
export const repoRoot = new URL("../../", import.meta.url);

const SCHEMA = "apps/api/schema.graphql";

export interface ReferenceFile {
  /** Relative to the repository's root. */
  readonly path: string;
  readonly content: string;
}

/** The generated files of docs/, as the committed schema and the API's error registry give them now. */
export function referenceFiles(): ReferenceFile[] {
  const sdl = readFileSync(new URL(SCHEMA, repoRoot), "utf8");
  return [
    { path: "docs/reference/graphql.md", content: renderGraphqlReference(sdl, SCHEMA) },
    {
      path: "docs/reference/error-codes.md",
      content: renderErrorCodes(
        { codes: Object.values(ErrorCode), meanings: ERROR_CODE_MEANINGS, restStatus: IDENTITY_STATUS_OF },
        "the API's `ErrorCode` registry (`apps/api/src/errors/codes.ts`), its meanings (`code-meanings.ts`) and the REST door's statuses (`http/identity/faults.ts`); the email delivery codes from `errors/mail-delivery-error.ts`",
        { codes: Object.values(MailErrorCode), meanings: MAIL_ERROR_CODE_MEANINGS },
      ),
    },
  ];
}
