import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, PageHeader } from "@mfa/ui";
import { useState, type MouseEvent } from "react";
import { graphql } from "../../gql";
import type { DeviceKind } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { formatDate } from "../../lib/format";
import { useNotice } from "../../lib/notice";
import { Link, navigate, usePage } from "../../lib/router";
import { useSession } from "../../lib/session";
import { PasskeySetup } from "../passkeys/PasskeySetup";
import { PhoneSetup } from "./PhoneSetup";
import { RemindLater } from "./RemindLater";
import { TotpSetup } from "./TotpSetup";
import "./setup.css";
import { useTranslation } from "react-i18next";

export type SetupMethod = "authenticator" | "phone" | "passkey";

export const SetupKindsDocument = graphql(`
  query SetupKinds {
    me {
      id
      security {
        acceptedKinds
      }
    }
  }
`);

/** Gives up a device this wizard created and that was never verified (nothing else is touched). */
export const DiscardPendingDeviceDocument = graphql(`
  mutation DiscardPendingDevice($deviceId: ID!) {
    discardPendingDevice(deviceId: $deviceId) {
      deviceId
    }
  }
`);

export interface SetupPageProps {
  method?: SetupMethod;
  /** MFA is required and nothing is set up yet: this wizard is the only way on. */
  forced: boolean;
  /** A forced setup before the Force-On's deadline: the user may put it off until tomorrow. */
  enforceFrom?: string | null;
  /** What a forced setup accepts (from the sign-in); a signed-in user's page asks the service. Unknown: everything. */
  acceptedKinds?: readonly DeviceKind[];
}


/** The setup wizard: choose a method, then set up an authenticator app or a phone. */
export function SetupPage({ method, forced, enforceFrom = null, acceptedKinds }: SetupPageProps) {
  const { t } = useTranslation("setup");
  const title = t(`title.${method ?? "choose"}`);
  const headingRef = usePage(title);
  const { refresh } = useSession();
  const { showNotice } = useNotice();
  // The device created by this visit that still waits for its code: leaving through Cancel removes it.
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<string | null>(null);
  const [discard] = useMutation(DiscardPendingDeviceDocument);

  async function finished(deviceName: string) {
    setPendingId(null);
    if (forced) {
      showNotice({ path: "/security", message: t("done.forced"), offerRecoveryCodes: true });
      // Verifying the device turned the setup-only session into a full one.
      await refresh();
    } else {
      showNotice({ path: "/security", message: t("done.device", { name: deviceName }), offerRecoveryCodes: true });
    }
    navigate("/security");
  }

  const description = forced
    ? enforceFrom
      ? t("description.forcedFrom", { date: formatDate(enforceFrom) })
      : t("description.forced")
    : method
      ? undefined
      : t("description.choose");
  // Under a phishing-resistant policy a forced setup has nothing else to choose.
  const onlyPasskeys = forced && acceptedKinds?.length === 1 && acceptedKinds[0] === "WEBAUTHN";
  const back = method ? (forced ? (onlyPasskeys ? null : "/setup") : "/security") : forced ? null : "/security";

  async function leave(event: MouseEvent<HTMLAnchorElement>, to: string) {
    if (!pendingId) return;
    event.preventDefault();
    setLeaving(null);
    try {
      await discard({ variables: { deviceId: pendingId } });
      setPendingId(null);
      navigate(to);
    } catch (error) {
      // A device already gone (verified or removed elsewhere) is nothing to give up: go on.
      if (errorCode(error) === "NOT_FOUND") return navigate(to);
      setLeaving(errorMessage(error));
    }
  }

  return (
    <div className="setup">
      <PageHeader headingRef={headingRef} title={title} description={description} />
      <Card>
        {method === "authenticator" && <TotpSetup offerDefault={!forced} onDone={finished} onPending={setPendingId} />}
        {method === "phone" && <PhoneSetup offerDefault={!forced} onDone={finished} onPending={setPendingId} />}
        {method === "passkey" && <PasskeySetup offerDefault={!forced} forgetPending={!forced} onDone={finished} />}
        {!method && <MethodChoice forced={forced} acceptedKinds={acceptedKinds} />}
      </Card>
      {forced && enforceFrom && <RemindLater enforceFrom={enforceFrom} />}
      {leaving && <Alert tone="error">{leaving}</Alert>}
      {back && (
        <p className="setup__back">
          <Link to={back} onClick={(event) => void leave(event, back)}>
            {method && forced ? t("back.another") : t("back.security")}
          </Link>
        </p>
      )}
    </div>
  );
}

const ALL_KINDS: readonly DeviceKind[] = ["WEBAUTHN", "TOTP", "SMS"];

/** The methods the policy accepts: only a passkey under a phishing-resistant policy. */
function MethodChoice({ forced, acceptedKinds }: { forced: boolean; acceptedKinds: readonly DeviceKind[] | undefined }) {
  const { t } = useTranslation("setup");
  const { data } = useQuery(SetupKindsDocument, { skip: forced });
  const kinds = (forced ? acceptedKinds : data?.me.security.acceptedKinds) ?? ALL_KINDS;
  const only = kinds.length === 1 && kinds[0] === "WEBAUTHN";
  return (
    <>
      {only && <p className="setup-methods__only">{t("methods.only")}</p>}
      <ul className="setup-methods">
        {kinds.includes("WEBAUTHN") && (
          <li className="setup-methods__option">
            <h2 className="setup-methods__title">{t("methods.passkey.title")}</h2>
            <p>{t("methods.passkey.text")}</p>
            <Button onClick={() => navigate("/setup/passkey")}>{t("methods.passkey.button")}</Button>
          </li>
        )}
        {kinds.includes("TOTP") && (
          <li className="setup-methods__option">
            <h2 className="setup-methods__title">{t("methods.totp.title")}</h2>
            <p>{t("methods.totp.text")}</p>
            <Button onClick={() => navigate("/setup/authenticator")}>{t("methods.totp.button")}</Button>
          </li>
        )}
        {kinds.includes("SMS") && (
          <li className="setup-methods__option">
            <h2 className="setup-methods__title">{t("methods.sms.title")}</h2>
            <p>{t("methods.sms.text")}</p>
            <Button onClick={() => navigate("/setup/phone")}>{t("methods.sms.button")}</Button>
          </li>
        )}
      </ul>
    </>
  );
}
