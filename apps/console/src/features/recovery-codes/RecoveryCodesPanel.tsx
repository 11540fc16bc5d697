import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, CopyButton, SelectField } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../gql";
import type { GenerateRecoveryCodesMutation } from "../../gql/graphql";
import { downloadText } from "../../lib/download";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import "./recovery-codes.css";
import { useTranslation } from "react-i18next";

export const GenerateRecoveryCodesDocument = graphql(`
  mutation GenerateRecoveryCodes($quantity: Int!) {
    generateRecoveryCodes(quantity: $quantity) {
      codes
      text
    }
  }
`);

type Batch = GenerateRecoveryCodesMutation["generateRecoveryCodes"];

const RECOVERY_CODES_FILE = "recovery-codes.txt";
const QUANTITIES = Array.from({ length: 10 }, (_, i) => i + 1);

export interface RecoveryCodesPanelProps {
  /** Unused codes of the current batch. */
  left: number;
}

/** Recovery codes: how many are left, a new batch (shown once), download and copy. */
export function RecoveryCodesPanel({ left }: RecoveryCodesPanelProps) {
  const { t } = useTranslation("recovery-codes");
  const [quantity, setQuantity] = useState(10);
  const [confirming, setConfirming] = useState(false);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const batchHeading = useRef<HTMLHeadingElement>(null);
  const guard = useReauth();
  const [generate, { loading }] = useMutation(GenerateRecoveryCodesDocument, {
    fetchPolicy: "no-cache",
    update: (cache, { data }) => {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: "Security" }),
        fields: { recoveryCodesLeft: () => data.generateRecoveryCodes.codes.length },
      });
    },
  });

  useEffect(() => {
    if (batch) batchHeading.current?.focus();
  }, [batch]);

  async function run() {
    setConfirming(false);
    setProblem(null);
    try {
      const result = await guard(() => generate({ variables: { quantity } }));
      if (result?.data) setBatch(result.data.generateRecoveryCodes);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  if (batch) {
    return (
      <div className="recovery-codes">
        <h3 ref={batchHeading} tabIndex={-1} className="recovery-codes__title">
          {t("newTitle")}
        </h3>
        <Alert tone="warning">
          {t("saveNow")}
        </Alert>
        <ol className="recovery-codes__list" aria-label={t("listLabel")}>
          {batch.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <div className="recovery-codes__actions">
          <Button onClick={() => downloadText(RECOVERY_CODES_FILE, batch.text)}>{t("download")}</Button>
          <CopyButton text={batch.text} />
          <Button variant="secondary" onClick={() => setBatch(null)}>
            {t("saved")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="recovery-codes">
      <p>
        {left > 0
          ? t("left", { count: left })
          : t("none")}
      </p>
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="recovery-codes__form">
        <SelectField
          label={t("quantity")}
          name="quantity"
          value={String(quantity)}
          onChange={(event) => setQuantity(Number(event.currentTarget.value))}
        >
          {QUANTITIES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <Button onClick={() => (left > 0 ? setConfirming(true) : void run())} loading={loading}>
          {t("generate")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("replaceTitle")}
        confirmLabel={t("replaceConfirm")}
        onConfirm={() => void run()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("replaceText", { count: left })}</p>
      </ConfirmDialog>
    </div>
  );
}
