import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build goes straight into the host's web root: the host serves it, no second server in production.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../Minzheng.Host/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // antd and React change less often than the shell: a separate file stays cached across releases.
        manualChunks: { vendor: ['react', 'react-dom', 'react-router-dom', 'antd', '@ant-design/icons', 'dayjs'] },
      },
    },
  },
  server: {
    // `npm run dev` against a host started by build/run.sh --urls http://127.0.0.1:5080
    proxy: { '/api': 'http://127.0.0.1:5080' },
  },
});
