export { Alert, type AlertProps, type AlertTone } from "./Alert.js";
export { Button, type ButtonProps, type ButtonVariant } from "./Button.js";
export { Card, type CardProps } from "./Card.js";
export { CodeInput, digitsOnly, type CodeInputProps } from "./CodeInput.js";
export { ConfirmDialog, type ConfirmDialogProps } from "./ConfirmDialog.js";
export { PageHeader, type PageHeaderProps } from "./PageHeader.js";
export { QrCode, type QrCodeProps } from "./QrCode.js";
export { Spinner, type SpinnerProps } from "./Spinner.js";
export { TextField, type TextFieldProps } from "./TextField.js";
