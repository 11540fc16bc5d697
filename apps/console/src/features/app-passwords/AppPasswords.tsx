import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, CopyButton, ManagedItem, ManagedList, Spinner, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { useReauth } from "../reauth/ReauthProvider";
import "./app-passwords.css";
import { Trans, useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

export const MyAppPasswordsDocument = graphql(`
  query MyAppPasswords {
    myAppPasswords {
      id
      name
      createdAt
      lastUsedAt
      lastUsedProtocol
      lastUsedIp
    }
  }
`);

export const CreateAppPasswordDocument = graphql(`
  mutation CreateAppPassword($name: String!) {
    createAppPassword(name: $name) {
      password
      appPassword {
        id
      }
    }
  }
`);

export const RevokeAppPasswordDocument = graphql(`
  mutation RevokeAppPassword($id: ID!) {
    revokeAppPassword(id: $id) {
      revoked
    }
  }
`);

const NAME_MAX = 64;
const MAX = 10;

type Row = { id: string; name: string; createdAt: unknown; lastUsedAt?: unknown; lastUsedProtocol?: string | null; lastUsedIp?: string | null };

function lastUse(row: Row): string {
  if (!row.lastUsedAt) return i18n.t("app-passwords:neverUsed");
  const where = [row.lastUsedProtocol?.toUpperCase(), row.lastUsedIp ? i18n.t("app-passwords:fromIp", { ip: row.lastUsedIp }) : null].filter(Boolean).join(" ");
  const date = formatDateTime(String(row.lastUsedAt));
  return where ? i18n.t("app-passwords:lastUsedWhere", { date, where }) : i18n.t("app-passwords:lastUsed", { date });
}

/**
 * Settings › Security › App passwords: a password per mail client (IMAP, POP3, SMTP) while MFA is on, since a mail
 * client cannot ask for a code. Made with a name, shown once with a copy button, listed with the last use, revoked
 * after a confirmation. When they cannot be made (`canCreate`), the form gives way to the reason.
 */
export function AppPasswords({ canCreate, unavailableReason }: { canCreate: boolean; unavailableReason: "DOMAIN_FORBIDS" | "MFA_OFF" | null }) {
  const { t } = useTranslation("app-passwords");
  const { data, error, loading, refetch } = useQuery(MyAppPasswordsDocument, { fetchPolicy: "cache-and-network" });
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState<{ name: string; password: string } | null>(null);
  const [revoking, setRevoking] = useState<Row | null>(null);
  const shownRef = useRef<HTMLDivElement>(null);
  const guard = useReauth();
  const [create, { loading: creating }] = useMutation(CreateAppPasswordDocument);
  const [revoke, { loading: revokingNow }] = useMutation(RevokeAppPasswordDocument);

  useEffect(() => {
    if (shown) shownRef.current?.focus();
  }, [shown]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return setNameError(t("nameIt"));
    setNameError(null);
    setProblem(null);
    try {
      const res = await guard(() => create({ variables: { name: trimmed } }));
      const made = res ? res.data?.createAppPassword : null;
      if (made) {
        setShown({ name: trimmed, password: made.password });
        setName("");
        await refetch();
      }
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }

  async function confirmRevoke() {
    const row = revoking;
    setRevoking(null);
    if (!row) return;
    setProblem(null);
    try {
      if (await guard(() => revoke({ variables: { id: row.id } }))) await refetch();
    } catch (err) {
      setProblem(errorMessage(err));
    }
  }

  if (!data) {
    return error ? <Alert tone="error">{errorMessage(error)}</Alert> : <Spinner label={t("loading")} showLabel={loading} />;
  }
  const rows = data.myAppPasswords as Row[];
  return (
    <div className="app-passwords">
      <p className="app-passwords__intro">
        {t("intro")}
      </p>
      {problem && <Alert tone="error">{problem}</Alert>}
      {shown && (
        <div ref={shownRef} tabIndex={-1}>
          <Alert tone="success">
            <p>
              <Trans t={t} i18nKey="shown" values={{ name: shown.name }} components={{ 1: <strong /> }} />
            </p>
            <p>
              <code className="app-passwords__secret" aria-label={t("secretLabel")}>
                {shown.password}
              </code>
            </p>
            <CopyButton text={shown.password} label={t("copy")} />
            <Button variant="secondary" onClick={() => setShown(null)}>
              {t("done")}
            </Button>
          </Alert>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="app-passwords__empty">{t("empty")}</p>
      ) : (
        <ManagedList label={t("listLabel")}>
          {rows.map((row) => (
            <ManagedItem
              key={row.id}
              title={row.name}
              details={[t("created", { date: formatDateTime(String(row.createdAt)) }), lastUse(row)]}
              action={
                <Button variant="secondary" onClick={() => setRevoking(row)} disabled={revokingNow} aria-label={t("revokeLabel", { name: row.name })}>
                  {t("revoke")}
                </Button>
              }
            />
          ))}
        </ManagedList>
      )}
      {!canCreate ? (
        <p className="app-passwords__empty">{t(`unavailable.${unavailableReason ?? "MFA_OFF"}`)}</p>
      ) : rows.length < MAX ? (
        <form className="app-passwords__form" onSubmit={(e) => void submit(e)} noValidate aria-label={t("formLabel")}>
          <TextField label={t("appName")} hint={t("appNameHint")} value={name} maxLength={NAME_MAX} error={nameError ?? undefined} onChange={(e) => setName(e.target.value)} />
          <Button type="submit" variant="primary" loading={creating}>
            {t("create")}
          </Button>
        </form>
      ) : (
        <p className="app-passwords__empty">{t("max", { max: MAX })}</p>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t("revokeTitle", { name: revoking?.name ?? t("thisOne") })}
        confirmLabel={t("revoke")}
        busy={revokingNow}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      >
        <p>{t("revokeText")}</p>
      </ConfirmDialog>
    </div>
  );
}
