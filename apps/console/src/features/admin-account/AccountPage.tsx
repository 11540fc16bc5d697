import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, PageHeader, Spinner } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { PolicyLevel } from "../../gql/graphql";
import { Link, usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { POLICY_LABEL } from "../admin-shared/policy";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { PolicyChoice } from "../admin-shared/PolicyChoice";
import { PolicySaveError } from "../admin-shared/PolicySaveError";
import { useReauth } from "../reauth/ReauthProvider";
import "../admin-shared/admin.css";
import "./account.css";

export const AccountPageDocument = graphql(`
  query AccountPage {
    account {
      id
      name
      adminMfaPolicy
    }
    me {
      id
      mfaPassed
      security {
        devices {
          id
          verified
        }
      }
    }
  }
`);

export const SetAccountAdminMfaPolicyDocument = graphql(`
  mutation SetAccountAdminMfaPolicy($policy: PolicyLevel!) {
    setAccountAdminMfaPolicy(policy: $policy) {
      account {
        id
        name
        adminMfaPolicy
      }
    }
  }
`);

/** Admin › Account: the account-wide MFA requirement for its admins (MyRackspace "require MFA for all users"). */
export function AccountPage() {
  const headingRef = usePage("Account");
  const { data, error, loading, refetch } = useQuery(AccountPageDocument, { fetchPolicy: "cache-and-network" });
  const [choice, setChoice] = useState<PolicyLevel | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const guard = useReauth();
  const [save, { loading: saving }] = useMutation(SetAccountAdminMfaPolicyDocument);

  const header = (
    <PageHeader headingRef={headingRef} title="Account" description="Settings that apply to the whole account and its admins." />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <AdminLoadError what="The account" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the account" showLabel />
        )}
      </div>
    );
  }

  const { account, me } = data;
  const policy = choice ?? account.adminMfaPolicy;
  const changed = policy !== account.adminMfaPolicy;
  const hasDevice = me.security.devices.some((d) => d.verified);
  const requiring = changed && policy === "REQUIRED";

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!changed) return;
    setProblem(null);
    setSaved(null);
    try {
      // Undefined: the admin did not confirm it was them (lowering the policy needs a fresh proof).
      if (!(await guard(() => save({ variables: { policy } })))) return;
      setChoice(null);
      setSaved(`Admins of ${account.name} are now under ${POLICY_LABEL[policy]}.`);
    } catch (failure) {
      setProblem(failure);
    }
  }

  return (
    <div className="admin-page">
      {header}
      <Card title="Account details">
        <dl className="account-details">
          <dt>Name</dt>
          <dd>{account.name}</dd>
          <dt>Admin MFA policy</dt>
          <dd>
            <PolicyBadge policy={account.adminMfaPolicy} />
          </dd>
        </dl>
      </Card>
      <Card title="Multi-factor authentication for admins">
        <form className="admin-page__form" onSubmit={(event) => void submit(event)}>
          <p>
            Applies to every admin of the account when signing in to this console. A mailbox follows its domain’s policy instead (see{" "}
            <Link to="/admin/domains">Domains</Link>).
          </p>
          {saved && <Alert tone="success">{saved}</Alert>}
          <PolicyChoice
            legend={`MFA policy for the admins of ${account.name}`}
            audience="admins"
            value={policy}
            onChange={(next) => {
              setChoice(next);
              setSaved(null);
              setProblem(null);
            }}
            disabled={saving}
          />
          {requiring && (
            <Alert tone="warning" title="What saving Force-On does">
              <p>Admins who are signed in without a second factor are signed out at once; those with no verified device set one up at their next sign-in.</p>
              {!hasDevice && (
                <p>
                  You have no verified device yet, so this will be refused: <Link to="/security">set up your own first</Link>.
                </p>
              )}
              {hasDevice && !me.mfaPassed && <p>You signed in without a code, so this session ends too: sign in again with your device.</p>}
            </Alert>
          )}
          {problem !== null && <PolicySaveError error={problem} />}
          <Button type="submit" loading={saving} disabled={!changed}>
            Save policy
          </Button>
        </form>
      </Card>
    </div>
  );
}
