import { useQuery } from "@apollo/client/react";
import { Alert, Button, PageHeader, SelectField, Spinner, TextField } from "@mfa/ui";
import { useEffect, useMemo, useRef, useState } from "react";
import { graphql } from "../../gql";
import type { MfaStatus, PolicyLevel } from "../../gql/graphql";
import { useNotice } from "../../lib/notice";
import { Link, setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { AddMailboxForm } from "./AddMailboxForm";
import { MailboxTable } from "./MailboxTable";
import { isMfaStatus, STATUS_FILTERS, type ActionResult } from "./status";
import "../admin-shared/admin.css";
import "./mailboxes.css";

/** The domains to choose from, five levels deep (a GraphQL query cannot recurse). */
export const MailboxDomainsDocument = graphql(`
  query MailboxDomains {
    domains {
      id
      name
      policy
      children {
        id
        name
        policy
        children {
          id
          name
          policy
          children {
            id
            name
            policy
            children {
              id
              name
              policy
            }
          }
        }
      }
    }
  }
`);

interface DomainChoice {
  id: string;
  name: string;
  policy: PolicyLevel;
  children?: readonly DomainChoice[];
}

const flatten = (levels: readonly DomainChoice[]): DomainChoice[] => levels.flatMap((d) => [d, ...flatten(d.children ?? [])]);

/** The domain last looked at, so the navigation's "Mailboxes" link comes back to it. */
let lastDomainId: string | null = null;

const SEARCH_DELAY_MS = 300;

/** Admin › Mailboxes: a domain's mailboxes with their MFA status, filters and actions. */
export function MailboxesPage() {
  const headingRef = usePage("Mailboxes");
  const params = useSearchParams();
  const domainParam = params.get("domain");
  const { data, error, loading, refetch } = useQuery(MailboxDomainsDocument, { fetchPolicy: "cache-and-network" });
  const domains = useMemo(() => flatten(data?.domains ?? []), [data]);
  const [status, setStatus] = useState<MfaStatus | null>(null);
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  const { notice, dismissNotice } = useNotice();
  const [result, setResult] = useState<ActionResult | null>(notice ? { tone: "success", text: notice.message } : null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Without a domain in the address, show the last one looked at, or the first.
  useEffect(() => {
    if (domainParam || domains.length === 0) return;
    const fallback = domains.find((d) => d.id === lastDomainId) ?? domains[0];
    if (fallback) setSearchParams({ domain: fallback.id });
  }, [domainParam, domains]);

  const domain = domains.find((d) => d.id === domainParam) ?? null;
  useEffect(() => {
    if (domain) lastDomainId = domain.id;
  }, [domain]);

  // The search runs once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  // A message from the page before (a deleted user) is shown once, here.
  useEffect(() => {
    if (notice) dismissNotice();
  }, [notice, dismissNotice]);

  const header = (
    <PageHeader
      headingRef={headingRef}
      title="Mailboxes"
      description="Who has multi-factor authentication set up, who is locked out, and what to do about it."
    />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <AdminLoadError what="The domains" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the domains" showLabel />
        )}
      </div>
    );
  }

  if (domains.length === 0) {
    return (
      <div className="admin-page">
        {header}
        <p className="admin-page__empty">
          Your account has no domains yet. <Link to="/admin/domains">Add a domain</Link> first.
        </p>
      </div>
    );
  }

  function clearFilters() {
    setStatus(null);
    setSearchText("");
    setSearch("");
  }

  return (
    <div className="admin-page">
      {header}
      <div className="admin-page__filters">
        <SelectField
          label="Domain"
          value={domain?.id ?? ""}
          onChange={(event) => {
            setResult(null);
            setSearchParams({ domain: event.currentTarget.value });
          }}
        >
          {!domain && <option value="">Choose a domain</option>}
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="MFA status"
          value={status ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isMfaStatus(value) ? value : null);
          }}
        >
          {STATUS_FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Search"
          type="search"
          hint="Part of the address or the name"
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") setSearch(searchText.trim());
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {!domainParam ? null : !domain ? (
        <Alert tone="error">That domain is not in your account. Choose one of your domains above.</Alert>
      ) : (
        <>
          <p className="admin-page__hint">
            MFA policy of {domain.name}: <PolicyBadge policy={domain.policy} />{" "}
            <Link to="/admin/domains">Change it on the Domains page</Link>
          </p>
          {result && (
            <div ref={resultRef} tabIndex={-1} className="admin-page__notice">
              <Alert tone={result.tone}>
                <p>{result.text}</p>
                <Button variant="secondary" onClick={() => setResult(null)}>
                  Dismiss
                </Button>
              </Alert>
            </div>
          )}
          <MailboxTable domainId={domain.id} domainName={domain.name} status={status} search={search} onResult={setResult} onClearFilters={clearFilters} />
          <AddMailboxForm domainId={domain.id} domainName={domain.name} onAdded={(text) => setResult({ tone: "success", text })} />
        </>
      )}
    </div>
  );
}
