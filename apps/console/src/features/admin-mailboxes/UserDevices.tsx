import { Badge } from "@mfa/ui";
import type { UserPage_UserFragment } from "../../gql/graphql";
import { deviceKindLine } from "../../lib/device-kind";
import { formatDate, formatDateTime } from "../../lib/format";
import { useTranslation } from "react-i18next";

/** A user's devices as their admin sees them: kind, nickname, masked number, state. Never a secret. */
export function UserDevices({ devices }: { devices: UserPage_UserFragment["devices"] }) {
  const { t } = useTranslation("admin-mailboxes");
  if (devices.length === 0) {
    return <p className="admin-page__hint">{t("devices.none")}</p>;
  }
  return (
    <ul className="user-devices" aria-label={t("devices.label")}>
      {devices.map((device) => (
        <li key={device.id}>
          <h3 className="user-devices__name">{device.name}</h3>
          {device.isDefault && <Badge tone="accent">{t("devices.default")}</Badge>} {device.isBackup && <Badge>{t("devices.backup")}</Badge>}{" "}
          {!device.verified && <Badge tone="warning">{t("devices.notVerified")}</Badge>}
          <p className="user-devices__meta">{deviceKindLine(device)}</p>
          <p className="user-devices__meta">
            {device.lastUsedAt ? t("devices.lastUsed", { date: formatDateTime(device.lastUsedAt) }) : t("devices.neverUsed")} · {t("devices.added", { date: formatDate(device.createdAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
