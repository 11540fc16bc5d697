import { Badge } from "@mfa/ui";
import type { UserPage_UserFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/format";

/** A user's devices as their admin sees them: kind, nickname, masked number, state. Never a secret. */
export function UserDevices({ devices }: { devices: UserPage_UserFragment["devices"] }) {
  if (devices.length === 0) {
    return <p className="admin-page__hint">No devices. Admins can’t add devices for a user: each user sets up their own.</p>;
  }
  return (
    <ul className="user-devices" aria-label="Devices">
      {devices.map((device) => (
        <li key={device.id}>
          <h3 className="user-devices__name">{device.name}</h3>
          {device.isDefault && <Badge tone="accent">Default</Badge>} {device.isBackup && <Badge>Backup</Badge>}{" "}
          {!device.verified && <Badge tone="warning">Not verified</Badge>}
          <p className="user-devices__meta">{device.kind === "SMS" ? `Phone · ${device.maskedPhone ?? ""}` : "Authenticator app"}</p>
          <p className="user-devices__meta">
            {device.lastUsedAt ? `Last used ${formatDateTime(device.lastUsedAt)}` : "Never used"} · Added {formatDate(device.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
