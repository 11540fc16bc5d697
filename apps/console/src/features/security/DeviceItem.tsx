import { Badge, Button } from "@mfa/ui";
import { useId } from "react";
import type { DeviceList_DeviceFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/format";
import { VerifyDeviceForm } from "../verify-device/VerifyDeviceForm";

export interface DeviceItemProps {
  device: DeviceList_DeviceFragment;
  busy: boolean;
  verifying: boolean;
  onToggleVerify: () => void;
  onVerified: () => void | Promise<void>;
  onMakeDefault: () => void;
  onMakeBackup: () => void;
  onRemove: () => void;
}

/** One device: what it is, its badges, when it was last used, and what can be done with it. */
export function DeviceItem({ device, busy, verifying, onToggleVerify, onVerified, onMakeDefault, onMakeBackup, onRemove }: DeviceItemProps) {
  const nameId = useId();
  const isPhone = device.kind === "SMS";
  return (
    <li className="device">
      <div className="device__summary">
        <div className="device__text">
          <h3 id={nameId} className="device__name">
            {device.name}
          </h3>
          <div className="device__badges">
            {device.isDefault && <Badge tone="accent">Default</Badge>}
            {device.isBackup && <Badge>Backup</Badge>}
            {!device.verified && <Badge tone="warning">Not verified</Badge>}
          </div>
          <p className="device__meta">{isPhone ? `Phone · ${device.maskedPhone ?? ""}` : "Authenticator app"}</p>
          <p className="device__meta">
            {device.lastUsedAt ? `Last used ${formatDateTime(device.lastUsedAt)}` : "Never used"} · Added{" "}
            {formatDate(device.createdAt)}
          </p>
        </div>
        <div className="device__actions">
          {!device.verified && (
            <Button variant={verifying ? "secondary" : "primary"} onClick={onToggleVerify} aria-describedby={nameId} aria-expanded={verifying}>
              {verifying ? "Close" : "Verify"}
            </Button>
          )}
          {device.verified && !device.isDefault && (
            <Button variant="secondary" onClick={onMakeDefault} disabled={busy} aria-describedby={nameId}>
              Make default
            </Button>
          )}
          {device.verified && isPhone && !device.isBackup && (
            <Button variant="secondary" onClick={onMakeBackup} disabled={busy} aria-describedby={nameId}>
              Make backup
            </Button>
          )}
          <Button variant="secondary" className="device__remove" onClick={onRemove} disabled={busy} aria-describedby={nameId}>
            Remove
          </Button>
        </div>
      </div>
      {verifying && (
        <div className="device__verify">
          {!isPhone && (
            <p className="device__meta">
              Enter a code from the app you scanned the QR code with. If you never finished scanning it, remove this
              device and add it again.
            </p>
          )}
          <VerifyDeviceForm device={device} offerDefault onVerified={onVerified} />
        </div>
      )}
    </li>
  );
}
