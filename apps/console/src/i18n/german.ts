import uiGerman from "@mfa/ui/locales/de.json";
import { catalogs } from "./catalogs";

// German, in a chunk of its own: imported by `loadLanguage` only when German is chosen.
const modules = import.meta.glob("../locales/de/*.json", { eager: true, import: "default" });

export const germanResources: Record<string, object> = { ...catalogs(modules), ui: uiGerman };
