import { useMutation } from "@apollo/client/react";
import { Alert, Button, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useTranslation } from "react-i18next";

export const RenameDeviceDocument = graphql(`
  mutation RenameDevice($input: RenameDeviceInput!) {
    renameDevice(input: $input) {
      device {
        id
        name
      }
    }
  }
`);

export interface RenameDeviceFormProps {
  device: { id: string; name: string };
  onDone: (renamed: string | null) => void;
}

/** A new nickname for one of the user's devices (an app, a phone, a passkey). */
export function RenameDeviceForm({ device, onDone }: RenameDeviceFormProps) {
  const { t } = useTranslation("security");
  const [name, setName] = useState(device.name);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameDeviceDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = name.trim();
    if (!next) {
      setFieldError(t("rename.enterName"));
      return;
    }
    setFieldError(undefined);
    setProblem(null);
    try {
      await rename({ variables: { input: { deviceId: device.id, name: next } } });
      onDone(next);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("rename.formLabel", { name: device.name })} className="device__rename">
      {problem && <Alert tone="error">{problem}</Alert>}
      <TextField label={t("rename.newName")} name="device-name" maxLength={60} required autoFocus value={name} error={fieldError} onChange={(event) => setName(event.currentTarget.value)} />
      <div className="device__rename-actions">
        <Button variant="secondary" onClick={() => onDone(null)} disabled={loading}>
          {t("rename.cancel")}
        </Button>
        <Button type="submit" loading={loading}>
          {t("rename.save")}
        </Button>
      </div>
    </form>
  );
}
