import { InitialSchema1795392000000 } from "./1795392000000-initial-schema.js";

/** Append-only: add new migrations at the end, never edit one that has shipped. */
export const migrations = [InitialSchema1795392000000];
