import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { tokenHash } from "#src/modules/sessions/tokens.js";
import { browserName } from "./browser-name.js";
import type { RememberedBrowserEntity } from "./remembered-browser.entity.js";

@ObjectType("RememberedBrowser", { description: "A browser that skips the second factor at sign-in until it expires or is forgotten. No token." })
export class RememberedBrowserType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "Browser, major version and operating system, read from the User-Agent it was remembered with (e.g. `Chrome 156 on Linux`)." })
  name: string;

  @Field(() => DateTimeISOResolver, { description: "When it was remembered." })
  firstUsedAt: Date;

  @Field(() => DateTimeISOResolver, { description: "Its last sign-in (or when it was remembered)." })
  lastUsedAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When it stops skipping the second factor (sooner if the domain lowers its days)." })
  expiresAt: Date;

  @Field(() => Boolean, { description: "Whether it is the browser asking." })
  current: boolean;
}

@ObjectType()
export class ForgetRememberedBrowsersPayload {
  @Field(() => Int, { description: "How many browsers were forgotten." })
  forgotten: number;

  @Field(() => [RememberedBrowserType], { description: "The browsers still remembered." })
  browsers: RememberedBrowserType[];
}

/** A remembered browser as its user sees it; `presented`: the token of the asking browser's cookie, if any. */
export function presentRememberedBrowser(row: RememberedBrowserEntity, presented: string | null): RememberedBrowserType {
  return {
    id: row.id,
    name: browserName(row.userAgent),
    firstUsedAt: new Date(row.createdAt),
    lastUsedAt: new Date(row.lastUsedAt),
    expiresAt: new Date(row.expiresAt),
    current: presented !== null && tokenHash(presented) === row.tokenHash,
  };
}
