import { Button, SelectField, TextField } from "@mfa/ui";
import { useEffect, useState, type FormEvent } from "react";
import type { AuditAction } from "../../gql/graphql";
import { AUDIT_ACTION_LABEL, AUDIT_ACTIONS, isAuditAction } from "./audit-actions";

export interface AuditFilterValues {
  /** Null: every action. */
  action: AuditAction | null;
  userId: string;
}

export interface AuditFiltersProps extends AuditFilterValues {
  onApply: (filters: AuditFilterValues) => void;
}

/** Filter the log by action (one of the schema's) and by a user id (events by or about them). */
export function AuditFilters({ action, userId, onApply }: AuditFiltersProps) {
  const [current, setDraft] = useState<AuditFilterValues>({ action, userId });
  // The applied filters changed (a link, the back button, Clear): show them.
  useEffect(() => setDraft({ action, userId }), [action, userId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ action: current.action, userId: current.userId.trim() });
  }

  return (
    <form className="admin-page__filters audit-filters" onSubmit={submit} aria-label="Filter the audit log">
      <SelectField
        label="Action"
        value={current.action ?? ""}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setDraft({ ...current, action: isAuditAction(value) ? value : null });
        }}
      >
        <option value="">All actions</option>
        {AUDIT_ACTIONS.map((name) => (
          <option key={name} value={name}>
            {AUDIT_ACTION_LABEL[name]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="User ID"
        hint="Events by or about this user"
        value={current.userId}
        onChange={(event) => setDraft({ ...current, userId: event.currentTarget.value })}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="audit-filters__buttons">
        <Button type="submit">Filter</Button>
        <Button variant="secondary" onClick={() => onApply({ action: null, userId: "" })}>
          Clear
        </Button>
      </div>
    </form>
  );
}
