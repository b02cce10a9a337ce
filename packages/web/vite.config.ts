import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @waymark/web` serves the app on :5173 and forwards the API and the live
// documents to a running `waymark serve` (WAYMARK_SERVER, default http://localhost:4000). The
// server checks the Origin of cookie writes and live connections, so the proxy presents the
// server's own origin.
const server = process.env.WAYMARK_SERVER ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: true, headers: { origin: server } },
      '/collab': { target: server, ws: true, changeOrigin: true, headers: { origin: server } },
      '/s/': { target: server, changeOrigin: true },
    },
  },
});
