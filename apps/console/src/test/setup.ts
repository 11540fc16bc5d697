import { configure } from "@testing-library/react";
import { initI18n } from "../i18n/i18n";

// `findBy…` and `waitFor` wait one second by default. The full test command runs these page tests beside the API
// and browser suites on two cores, where a render that takes 100 ms alone can take several seconds: they wait up
// to ten. A test still fails when what it waits for never comes.
configure({ asyncUtilTimeout: 10_000 });

// The console's tests read it in English, as a browser with no German preference does; English is bundled, so the
// instance is ready at once.
await initI18n("en");
