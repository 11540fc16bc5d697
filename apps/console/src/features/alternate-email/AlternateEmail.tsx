import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, CodeInput, ConfirmDialog, Spinner, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { useReauth } from "../reauth/ReauthProvider";
import "./alternate-email.css";
import { Trans, useTranslation } from "react-i18next";

export const AlternateEmailDocument = graphql(`
  query AlternateEmail {
    me {
      id
      alternateEmail {
        address
        verifiedAt
        pendingAddress
        codeExpiresAt
      }
    }
  }
`);

export const SetAlternateEmailDocument = graphql(`
  mutation SetAlternateEmail($address: String!) {
    setAlternateEmail(input: { address: $address }) {
      alternateEmail {
        address
        pendingAddress
        codeExpiresAt
      }
    }
  }
`);

const VerifyAlternateEmailDocument = graphql(`
  mutation VerifyAlternateEmail($code: String!) {
    verifyAlternateEmail(input: { code: $code }) {
      alternateEmail {
        address
        pendingAddress
      }
    }
  }
`);

const RemoveAlternateEmailDocument = graphql(`
  mutation RemoveAlternateEmail {
    removeAlternateEmail {
      alternateEmail {
        address
      }
    }
  }
`);

/**
 * Settings › Security › Alternate email: an address other than this mailbox where security alerts go (a device
 * added, MFA turned off, a sign-in from a new browser...). Entered, then confirmed with the 6-digit code mailed to
 * it; changing or removing it asks the user to confirm it is them, and the old address is told.
 */
export function AlternateEmail() {
  const { t } = useTranslation("alternate-email");
  const { data, error, loading, refetch } = useQuery(AlternateEmailDocument, { fetchPolicy: "cache-and-network" });
  const guard = useReauth();
  const [address, setAddress] = useState("");
  const [code, setCode] = useState("");
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [set, { loading: sending }] = useMutation(SetAlternateEmailDocument);
  const [verify, { loading: verifying }] = useMutation(VerifyAlternateEmailDocument);
  const [remove, { loading: removingNow }] = useMutation(RemoveAlternateEmailDocument);

  if (!data) {
    return error ? <Alert tone="error">{errorMessage(error)}</Alert> : <Spinner label={t("loading")} showLabel={loading} />;
  }
  const alt = data.me.alternateEmail;

  async function run(action: () => Promise<unknown>, success: string | null) {
    setProblem(null);
    setDone(null);
    try {
      if (await guard(action)) {
        if (success) setDone(success);
        await refetch();
        return true;
      }
    } catch (err) {
      setProblem(errorMessage(err));
    }
    return false;
  }

  async function sendCode(to: string) {
    if (to.trim() === "") return setProblem(t("enterAddress"));
    if (await run(() => set({ variables: { address: to.trim() } }), t("codeSent", { address: to.trim() }))) {
      setEditing(false);
      setCode("");
    }
  }

  function submitAddress(event: FormEvent) {
    event.preventDefault();
    void sendCode(address);
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (code.length !== 6) return setProblem(t("enterCode"));
    if (await run(() => verify({ variables: { code } }), t("confirmed"))) setCode("");
  }

  async function confirmRemove() {
    setRemoving(false);
    await run(() => remove(), t("removed"));
  }

  const showForm = editing || (!alt.address && !alt.pendingAddress);
  return (
    <div className="alternate-email">
      <p className="alternate-email__intro">
        {t("intro")}
      </p>
      {problem && <Alert tone="error">{problem}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
      {alt.address ? (
        <p className="alternate-email__current">
          <Trans t={t} i18nKey="alertsTo" values={{ address: alt.address }} components={{ 1: <strong /> }} />
          {alt.verifiedAt ? <span className="alternate-email__meta">{t("confirmedAt", { date: formatDateTime(String(alt.verifiedAt)) })}</span> : null}
        </p>
      ) : (
        !alt.pendingAddress && <p className="alternate-email__current">{t("none")}</p>
      )}
      {alt.pendingAddress && (
        <form className="alternate-email__form" onSubmit={(e) => void submitCode(e)} noValidate aria-label={t("confirmFormLabel")}>
          <CodeInput
            label={t("codeLabel", { address: alt.pendingAddress })}
            hint={alt.codeExpiresAt ? t("worksUntil", { date: formatDateTime(String(alt.codeExpiresAt)) }) : undefined}
            value={code}
            onChange={setCode}
            maxLength={6}
          />
          <div className="alternate-email__actions">
            <Button type="submit" variant="primary" loading={verifying}>
              {t("confirm")}
            </Button>
            <Button variant="secondary" loading={sending} onClick={() => void sendCode(alt.pendingAddress ?? "")}>
              {t("newCode")}
            </Button>
          </div>
        </form>
      )}
      {showForm ? (
        <form className="alternate-email__form" onSubmit={submitAddress} noValidate aria-label={t("setFormLabel")}>
          <TextField label={t("address")} type="email" autoComplete="email" hint={t("addressHint")} value={address} onChange={(e) => setAddress(e.target.value)} />
          <div className="alternate-email__actions">
            <Button type="submit" variant="primary" loading={sending}>
              {t("sendCode")}
            </Button>
            {editing && (
              <Button variant="secondary" onClick={() => setEditing(false)}>
                {t("cancel")}
              </Button>
            )}
          </div>
        </form>
      ) : (
        <div className="alternate-email__actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {alt.address ? t("change") : t("another")}
          </Button>
          {(alt.address || alt.pendingAddress) && (
            <Button variant="secondary" onClick={() => setRemoving(true)} loading={removingNow}>
              {t("remove")}
            </Button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={removing}
        title={t("removeTitle")}
        confirmLabel={t("remove")}
        busy={removingNow}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(false)}
      >
        <p>{t("removeText")}</p>
      </ConfirmDialog>
    </div>
  );
}
