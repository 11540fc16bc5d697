import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { LiveSessionRow } from "#src/modules/sessions/sessions.queries.js";
import { SignInMethod, signInMethodsOf } from "./sign-in-methods.js";
import { describeUserAgent, type BrowserSummary } from "./user-agent.js";

const DeviceTypeEnum = { DESKTOP: "DESKTOP", MOBILE: "MOBILE", TABLET: "TABLET", OTHER: "OTHER" } as const;
registerEnumType(DeviceTypeEnum, { name: "SessionDeviceType", description: "The kind of device a session's browser runs on, read from its User-Agent." });

@ObjectType("SignedInSession", { description: "A live session: where and how its user signed in. No token, no secret." })
export class SignedInSessionType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: "Browser and major version from the User-Agent (e.g. `Chrome 156`); null when unknown." })
  browser: string | null;

  @Field(() => String, { nullable: true, description: "Operating system from the User-Agent; null when unknown." })
  os: string | null;

  @Field(() => DeviceTypeEnum)
  deviceType: BrowserSummary["deviceType"];

  @Field(() => String, { nullable: true, description: "The User-Agent as the browser sent it (at most 255 characters)." })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: "The client address at sign-in." })
  ipAddress: string | null;

  @Field(() => DateTimeISOResolver)
  signedInAt: Date;

  @Field(() => DateTimeISOResolver, { description: "The last request (written at most once a minute)." })
  lastActiveAt: Date;

  @Field(() => [SignInMethod], { description: "How the sign-in was proven, in order (the password, then a second factor)." })
  signInMethods: SignInMethod[];

  @Field(() => Boolean, { description: "Whether this session passed a second factor." })
  mfaPassed: boolean;

  @Field(() => Boolean, { description: "A setup-only session (MFA required, nothing set up yet)." })
  setupOnly: boolean;

  @Field(() => Boolean, { description: "The session this request came with." })
  current: boolean;
}

export function presentSession(row: LiveSessionRow, currentId: string | null): SignedInSessionType {
  return {
    id: row.id,
    ...describeUserAgent(row.userAgent),
    userAgent: row.userAgent,
    ipAddress: row.ip,
    signedInAt: new Date(row.createdAt),
    lastActiveAt: new Date(row.lastSeenAt),
    signInMethods: signInMethodsOf(row.authMethods),
    mfaPassed: row.mfaPassed,
    setupOnly: row.restricted,
    current: row.id === currentId,
  };
}

@ObjectType()
export class SignOutSessionsPayload {
  @Field(() => Int, { description: "How many sessions this ended." })
  signedOut: number;

  @Field(() => [SignedInSessionType], { description: "The sessions still live afterwards." })
  sessions: SignedInSessionType[];
}
