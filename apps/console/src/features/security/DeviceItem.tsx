import { Badge, Button } from "@mfa/ui";
import { useId, useState } from "react";
import type { DeviceList_DeviceFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/format";
import { VerifyDeviceForm } from "../verify-device/VerifyDeviceForm";
import { deviceKindLine } from "../../lib/device-kind";
import { RenameDeviceForm } from "./RenameDeviceForm";
import { useTranslation } from "react-i18next";

export interface DeviceItemProps {
  device: DeviceList_DeviceFragment;
  busy: boolean;
  verifying: boolean;
  onToggleVerify: () => void;
  onVerified: () => void | Promise<void>;
  onMakeDefault: () => void;
  onMakeBackup: () => void;
  onRemove: () => void;
  onRenamed: (name: string) => void;
}

/** One device: what it is, its badges, when it was last used, and what can be done with it. */
export function DeviceItem({ device, busy, verifying, onToggleVerify, onVerified, onMakeDefault, onMakeBackup, onRemove, onRenamed }: DeviceItemProps) {
  const { t } = useTranslation("security");
  const nameId = useId();
  const [renaming, setRenaming] = useState(false);
  const isPhone = device.kind === "SMS";
  const isPasskey = device.kind === "WEBAUTHN";
  return (
    <li className="device">
      <div className="device__summary">
        <div className="device__text">
          <h3 id={nameId} className="device__name">
            {device.name}
          </h3>
          <div className="device__badges">
            {device.isDefault && <Badge tone="accent">{t("item.default")}</Badge>}
            {device.isBackup && !device.isDefault && <Badge>{t("item.backup")}</Badge>}
            {!device.verified && <Badge tone="warning">{t("item.notVerified")}</Badge>}
          </div>
          <p className="device__meta">{deviceKindLine(device)}</p>
          <p className="device__meta">
            {device.lastUsedAt ? t("item.lastUsed", { date: formatDateTime(device.lastUsedAt) }) : t("item.neverUsed")} ·{" "}
            {t("item.added", { date: formatDate(device.createdAt) })}
          </p>
        </div>
        <div className="device__actions">
          {!device.verified && !isPasskey && (
            <Button variant={verifying ? "secondary" : "primary"} onClick={onToggleVerify} aria-describedby={nameId} aria-expanded={verifying}>
              {verifying ? t("item.close") : t("item.verify")}
            </Button>
          )}
          {device.verified && !device.isDefault && (
            <Button variant="secondary" onClick={onMakeDefault} disabled={busy} aria-describedby={nameId}>
              {t("item.makeDefault")}
            </Button>
          )}
          {/* The default is never also the backup number: the backup is the phone to fall back on. */}
          {device.verified && isPhone && !device.isBackup && !device.isDefault && (
            <Button variant="secondary" onClick={onMakeBackup} disabled={busy} aria-describedby={nameId}>
              {t("item.makeBackup")}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setRenaming((r) => !r)} disabled={busy} aria-describedby={nameId} aria-expanded={renaming}>
            {t("item.rename")}
          </Button>
          <Button variant="secondary" className="device__remove" onClick={onRemove} disabled={busy} aria-describedby={nameId}>
            {t("item.remove")}
          </Button>
        </div>
      </div>
      {isPasskey && !device.verified && (
        <p className="device__meta">{t("item.unfinished")}</p>
      )}
      {renaming && (
        <RenameDeviceForm
          device={device}
          onDone={(name) => {
            setRenaming(false);
            if (name) onRenamed(name);
          }}
        />
      )}
      {verifying && (
        <div className="device__verify">
          {!isPhone && (
            <p className="device__meta">
              {t("item.verifyApp")}
            </p>
          )}
          <VerifyDeviceForm device={device} offerDefault onVerified={onVerified} />
        </div>
      )}
    </li>
  );
}
