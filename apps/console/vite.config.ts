import react from "@vitejs/plugin-react";
import { defaultClientConditions, defaultServerConditions, defineConfig, type ProxyOptions } from "vite";

/** Where the API listens during development; the built console is served by the API itself. */
const apiOrigin = "http://localhost:4000";

const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  ["/graphql", "/healthz", "/readyz", "/v2.0"].map((path) => [path, { target: apiOrigin, changeOrigin: false }]),
);

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages are built from their TypeScript source (the "source" export condition).
    conditions: ["source", ...defaultClientConditions],
    dedupe: ["react", "react-dom", "i18next", "react-i18next"],
  },
  ssr: {
    resolve: { conditions: ["source", ...defaultServerConditions] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      // Two pages: the console itself, and the GraphQL playground, which alone loads GraphiQL.
      input: {
        main: "index.html",
        playground: "playground.html",
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
