import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const sharedRoot = fileURLToPath(new URL("../src/shared", import.meta.url));

/**
 * Libraries every page needs, as long-cached vendor chunks. Mantine is left to automatic splitting so that
 * components only lazy pages use (popovers, date pickers, modals) stay out of the first load; pages are
 * lazy routes (see src/router.tsx). `node web/scripts/first-load-size.mjs` checks the 200 KB gzip budget.
 */
const vendorGroups = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
  { name: "router", test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
  {
    name: "i18n",
    test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
    priority: 20,
  },
];

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: { "@shared": sharedRoot },
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
  preview: {
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 400,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups,
        },
      },
    },
  },
});
