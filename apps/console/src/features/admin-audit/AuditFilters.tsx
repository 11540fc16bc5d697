import { useQuery } from "@apollo/client/react";
import { Button, SelectField, TextField } from "@mfa/ui";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { DomainNamesDocument } from "../admin-shared/domain-names";
import { isAuditAction } from "./audit-actions";
import { actionsByCategory, auditCategoryLabel } from "./audit-categories";
import type { AuditView } from "./audit-view";
import { UserPicker, type PickedUser } from "./UserPicker";
import { useTranslation } from "react-i18next";

/** The account's domains to filter by, five levels deep (a GraphQL query cannot recurse). */
interface DomainNode {
  id: string;
  name: string;
  children?: readonly DomainNode[];
}
const flatten = (levels: readonly DomainNode[]): DomainNode[] => levels.flatMap((d) => [d, ...flatten(d.children ?? [])]);

export type AuditFilterValues = Omit<AuditView, "sort">;

export interface AuditFiltersProps {
  applied: AuditFilterValues;
  /** The address of the user the applied filter names (looked up by the page), for the user field. */
  appliedUsername: string | null;
  onApply: (filters: AuditFilterValues) => void;
}

const NO_FILTERS: AuditFilterValues = { userId: "", domainId: "", action: null, outcome: null, from: "", to: "" };

/** Filter the log by user (found by address), domain, action (grouped), outcome and a range of days. */
export function AuditFilters({ applied, appliedUsername, onApply }: AuditFiltersProps) {
  const { t } = useTranslation("admin-audit");
  const [draft, setDraft] = useState<AuditFilterValues>(applied);
  const [user, setUser] = useState<PickedUser | null>(applied.userId && appliedUsername ? { id: applied.userId, username: appliedUsername } : null);
  const { data } = useQuery(DomainNamesDocument, { fetchPolicy: "cache-first" });
  const domains = useMemo(() => flatten(data?.domains ?? []), [data]);
  // Again when the language changes (a new `t`): the labels are words of the current language.
  const groups = useMemo(() => actionsByCategory(), [t]);
  const key = JSON.stringify(applied);
  // The applied filters changed (a link, the back button, Clear): show them.
  useEffect(() => setDraft(JSON.parse(key) as AuditFilterValues), [key]);
  // The user of the applied filter, once its address is known (the one just picked stays meanwhile).
  useEffect(
    () =>
      setUser((current) =>
        !applied.userId ? null : appliedUsername ? { id: applied.userId, username: appliedUsername } : current?.id === applied.userId ? current : null,
      ),
    [applied.userId, appliedUsername],
  );

  const rangeError = draft.from && draft.to && draft.from > draft.to ? t("filters.rangeError") : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (rangeError) return;
    onApply({ ...draft, userId: user?.id ?? "" });
  }

  return (
    <form className="admin-page__filters audit-filters" onSubmit={submit} aria-label={t("filters.formLabel")}>
      <UserPicker
        value={user}
        onChange={(picked) => {
          setUser(picked);
          setDraft({ ...draft, userId: picked?.id ?? "" });
        }}
      />
      <SelectField label={t("filters.domain")} value={draft.domainId} onChange={(event) => setDraft({ ...draft, domainId: event.currentTarget.value })}>
        <option value="">{t("filters.allDomains")}</option>
        {domains.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("filters.action")}
        value={draft.action ?? ""}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setDraft({ ...draft, action: isAuditAction(value) ? value : null });
        }}
      >
        <option value="">{t("filters.allActions")}</option>
        {groups.map((group) => (
          <optgroup key={group.category} label={auditCategoryLabel(group.category)}>
            {group.actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        label={t("filters.outcome")}
        value={draft.outcome ?? ""}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setDraft({ ...draft, outcome: value === "SUCCESS" || value === "FAILURE" ? value : null });
        }}
      >
        <option value="">{t("filters.anyOutcome")}</option>
        <option value="SUCCESS">{t("success")}</option>
        <option value="FAILURE">{t("failure")}</option>
      </SelectField>
      <TextField label={t("filters.from")} hint={t("filters.fromHint")} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })} />
      <TextField label={t("filters.to")} hint={t("filters.toHint")} type="date" value={draft.to} error={rangeError} onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })} />
      <div className="audit-filters__buttons">
        <Button type="submit">{t("filters.filter")}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setUser(null);
            onApply(NO_FILTERS);
          }}
        >
          {t("filters.clear")}
        </Button>
      </div>
    </form>
  );
}
