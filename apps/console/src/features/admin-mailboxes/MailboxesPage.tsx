import { useQuery } from "@apollo/client/react";
import { Alert, Button, PageHeader, SelectField, Spinner, TextField } from "@mfa/ui";
import { useEffect, useMemo, useRef, useState } from "react";
import { graphql } from "../../gql";
import type { PolicyLevel } from "../../gql/graphql";
import { useNotice } from "../../lib/notice";
import { Link, setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { AddMailboxForm } from "./AddMailboxForm";
import { ExportLink } from "./ExportLink";
import { MailboxTable } from "./MailboxTable";
import { ALL_DOMAINS, mailboxViewParams, readMailboxView, type MailboxView } from "./mailbox-view";
import { isMfaStatus, statusFilters, type ActionResult } from "./status";
import "../admin-shared/admin.css";
import "./mailboxes.css";
import { Trans, useTranslation } from "react-i18next";

/** The domains to choose from, five levels deep (a GraphQL query cannot recurse). */
export const MailboxDomainsDocument = graphql(`
  query MailboxDomains {
    domains {
      id
      name
      policy
      enforceFrom
      children {
        id
        name
        policy
        enforceFrom
        children {
          id
          name
          policy
          enforceFrom
          children {
            id
            name
            policy
            enforceFrom
            children {
              id
              name
              policy
              enforceFrom
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
  enforceFrom?: string | null;
  children?: readonly DomainChoice[];
}

const flatten = (levels: readonly DomainChoice[]): DomainChoice[] => levels.flatMap((d) => [d, ...flatten(d.children ?? [])]);

/** The domain last looked at, so the navigation's "Mailboxes" link comes back to it. */
let lastDomainId: string | null = null;

const SEARCH_DELAY_MS = 300;

/**
 * Admin › Mailboxes: the mailboxes of a domain, or of every domain, with their MFA status, filters and actions.
 * The domain, the filters, the search, the sort and the page live in the address (see `mailbox-view.ts`).
 */
export function MailboxesPage() {
  const { t } = useTranslation("admin-mailboxes");
  const headingRef = usePage(t("page.title"));
  const params = useSearchParams();
  const view = useMemo(() => readMailboxView(params), [params]);
  const domainParam = view.domain;
  const { data, error, loading, refetch } = useQuery(MailboxDomainsDocument, { fetchPolicy: "cache-and-network" });
  const domains = useMemo(() => flatten(data?.domains ?? []), [data]);
  const { status, search } = view;
  const [searchText, setSearchText] = useState(search);
  /** A change of what is shown: a new history entry (the back button returns), from the first page. */
  const show = (changes: Partial<MailboxView>, push = true) => setSearchParams(mailboxViewParams({ cursors: [], ...changes }), { push });
  const { notice, dismissNotice } = useNotice();
  const [result, setResult] = useState<ActionResult | null>(notice ? { tone: "success", text: notice.message } : null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Without a domain in the address, show the last one looked at, or the first.
  useEffect(() => {
    if (domainParam || domains.length === 0) return;
    const fallback = lastDomainId === ALL_DOMAINS ? ALL_DOMAINS : (domains.find((d) => d.id === lastDomainId) ?? domains[0])?.id;
    if (fallback) setSearchParams({ domain: fallback });
  }, [domainParam, domains]);

  const allDomains = domainParam === ALL_DOMAINS;
  const domain = domains.find((d) => d.id === domainParam) ?? null;
  useEffect(() => {
    if (domain || allDomains) lastDomainId = domainParam;
  }, [domain, allDomains, domainParam]);

  // The address changed (a link, the back button): the search box shows its search. A search the box itself
  // committed is left alone, so letters typed meanwhile stay.
  const committed = useRef(search);
  useEffect(() => {
    if (search !== committed.current) setSearchText(search);
    committed.current = search;
  }, [search]);
  // The search runs once typing pauses; typing replaces the address rather than adding a step per letter.
  useEffect(() => {
    const text = searchText.trim();
    if (text === search) return;
    const timer = setTimeout(() => {
      committed.current = text;
      setSearchParams(mailboxViewParams({ search: text, cursors: [] }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, search]);

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
      title={t("page.title")}
      description={t("page.description")}
    />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <AdminLoadError what={t("page.loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("page.loading")} showLabel />
        )}
      </div>
    );
  }

  if (domains.length === 0) {
    return (
      <div className="admin-page">
        {header}
        <p className="admin-page__empty">
          <Trans t={t} i18nKey="page.noDomains" components={{ 1: <Link to="/admin/domains" /> }} />
        </p>
      </div>
    );
  }

  function clearFilters() {
    setSearchText("");
    show({ status: null, search: "" });
  }

  return (
    <div className="admin-page">
      {header}
      <div className="admin-page__filters">
        <SelectField
          label={t("page.domain")}
          value={allDomains ? ALL_DOMAINS : (domain?.id ?? "")}
          onChange={(event) => {
            setResult(null);
            show({ domain: event.currentTarget.value });
          }}
        >
          {!domain && !allDomains && <option value="">{t("page.chooseDomain")}</option>}
          <option value={ALL_DOMAINS}>{t("page.allDomains")}</option>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("page.status")}
          value={status ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            show({ status: isMfaStatus(value) ? value : null });
          }}
        >
          {statusFilters().map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("page.search")}
          type="search"
          hint={t("page.searchHint")}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") show({ search: searchText.trim() });
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {result && (
        <div ref={resultRef} tabIndex={-1} className="admin-page__notice">
          <Alert tone={result.tone}>
            <p>{result.text}</p>
            <Button variant="secondary" onClick={() => setResult(null)}>
              {t("page.dismiss")}
            </Button>
          </Alert>
        </div>
      )}
      {!domainParam ? null : allDomains ? (
        <>
          <p className="admin-page__hint">{t("page.everyDomain")}</p>
          <MailboxTable
            domainId={null}
            domainName={t("page.allDomainsName")}
            view={view}
            onView={(changes) => setSearchParams(mailboxViewParams(changes), { push: true })}
            onResult={setResult}
            onClearFilters={clearFilters}
          />
        </>
      ) : !domain ? (
        <Alert tone="error">{t("page.notInAccount")}</Alert>
      ) : (
        <>
          <p className="admin-page__hint">
            {t("page.policyOf", { domain: domain.name })} <PolicyBadge policy={domain.policy} enforceFrom={domain.enforceFrom} />{" "}
            <Link to="/admin/domains">{t("page.changeIt")}</Link>
          </p>
          <p className="admin-page__hint">
            <ExportLink domainId={domain.id} domainName={domain.name} status={status} search={search} />
          </p>
          <MailboxTable
            domainId={domain.id}
            domainName={domain.name}
            view={view}
            onView={(changes) => setSearchParams(mailboxViewParams(changes), { push: true })}
            onResult={setResult}
            onClearFilters={clearFilters}
          />
          <AddMailboxForm domainId={domain.id} domainName={domain.name} onAdded={(text) => setResult({ tone: "success", text })} />
        </>
      )}
    </div>
  );
}
