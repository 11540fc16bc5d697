import type { ApolloCache } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { Alert, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { DeviceList_DeviceFragment, PolicyLevel } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { DeviceItem } from "./DeviceItem";
import { useTranslation } from "react-i18next";

export const DeviceListFragment = graphql(`
  fragment DeviceList_device on Device {
    id
    kind
    name
    maskedPhone
    verified
    isDefault
    isBackup
    lastUsedAt
    createdAt
    transports
  }
`);

export const RemoveDeviceDocument = graphql(`
  mutation RemoveDevice($deviceId: ID!) {
    removeDevice(deviceId: $deviceId) {
      security {
        ...SecurityPage_security
      }
    }
  }
`);

export const SetDefaultDeviceDocument = graphql(`
  mutation SetDefaultDevice($deviceId: ID!) {
    setDefaultDevice(deviceId: $deviceId) {
      device {
        id
        isDefault
        isBackup
      }
    }
  }
`);

const SetBackupPhoneDocument = graphql(`
  mutation SetBackupPhone($deviceId: ID!) {
    setBackupPhone(deviceId: $deviceId) {
      device {
        id
        isBackup
      }
    }
  }
`);

type Device = DeviceList_DeviceFragment;
type Message = { tone: "success" | "error"; text: string };

/** Only one device is the default and one phone the backup: clears the flag on the others in the cache. */
function keepOnly(cache: ApolloCache, devices: Device[], chosenId: string, field: "isDefault" | "isBackup") {
  for (const device of devices) {
    if (device.id === chosenId) continue;
    cache.modify({ id: cache.identify({ __typename: "Device", id: device.id }), fields: { [field]: () => false } });
  }
}

export interface DeviceListProps {
  devices: ReadonlyArray<FragmentType<typeof DeviceListFragment>>;
  policy: PolicyLevel;
  /** Reloads the page's data (after a device was verified). */
  onChanged: () => Promise<unknown>;
}

/** The user's devices with their actions ("My Multi-Factor Devices"). */
export function DeviceList({ devices: deviceRefs, policy, onChanged }: DeviceListProps) {
  const { t } = useTranslation("security");
  const devices = deviceRefs.map((ref) => getFragmentData(DeviceListFragment, ref));
  const [message, setMessage] = useState<Message | null>(null);
  const [removing, setRemoving] = useState<Device | null>(null);
  const [verifyingId, setVerifyingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const guard = useReauth();
  const [removeDevice] = useMutation(RemoveDeviceDocument);
  const [setDefault] = useMutation(SetDefaultDeviceDocument, {
    update: (cache, { data }) => data && keepOnly(cache, devices, data.setDefaultDevice.device.id, "isDefault"),
  });
  const [setBackup] = useMutation(SetBackupPhoneDocument, {
    update: (cache, { data }) => data && keepOnly(cache, devices, data.setBackupPhone.device.id, "isBackup"),
  });

  async function run(device: Device, action: () => Promise<unknown>, done: string) {
    setMessage(null);
    setBusyId(device.id);
    try {
      const result = await guard(action);
      if (result !== undefined) setMessage({ tone: "success", text: done });
    } catch (error) {
      setMessage({ tone: "error", text: errorMessage(error) });
    } finally {
      setBusyId(null);
    }
  }

  function confirmRemove() {
    const device = removing;
    setRemoving(null);
    if (device) void run(device, () => removeDevice({ variables: { deviceId: device.id } }), t("list.removed", { name: device.name }));
  }

  const verifiedCount = devices.filter((d) => d.verified).length;
  const removingLast = removing?.verified === true && verifiedCount === 1;

  return (
    <>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {devices.length === 0 ? (
        <p className="devices__empty">{t("list.empty")}</p>
      ) : (
        <ul className="devices" aria-label={t("list.label")}>
          {devices.map((device) => (
            <DeviceItem
              key={device.id}
              device={device}
              busy={busyId === device.id}
              verifying={verifyingId === device.id}
              onToggleVerify={() => setVerifyingId((id) => (id === device.id ? null : device.id))}
              onVerified={async () => {
                setVerifyingId(null);
                setMessage({ tone: "success", text: t("deviceReady", { name: device.name }) });
                await onChanged();
              }}
              onMakeDefault={() =>
                run(device, () => setDefault({ variables: { deviceId: device.id } }), t("list.nowDefault", { name: device.name }))
              }
              onMakeBackup={() =>
                run(device, () => setBackup({ variables: { deviceId: device.id } }), t("list.nowBackup", { name: device.name }))
              }
              onRemove={() => setRemoving(device)}
              onRenamed={(name) => setMessage({ tone: "success", text: t("list.renamed", { name }) })}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t("list.removeTitle", { name: removing?.name ?? "" })}
        confirmLabel={t("list.remove")}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        {removingLast ? (
          <p>
            {t("list.removeLast")}
            {(policy === "REQUIRED" || policy === "PHISHING_RESISTANT") && ` ${t("list.requiredAgain")}`}
          </p>
        ) : (
          <p>{t("list.removeOther")}</p>
        )}
      </ConfirmDialog>
    </>
  );
}
