import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromium = JSON.parse(readFileSync('chromium.json', 'utf8')) as {
  executablePath: string;
  args: string[];
};

/**
 * Browser tests against the production build, in Debian's Chromium (browsers are never
 * downloaded here): apt-get install -y chromium.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Pinned pictures (pixels.spec.ts), one per name: the same Chromium draws them everywhere here.
  snapshotPathTemplate: '{testDir}/pixels/{arg}{ext}',
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
      args: chromium.args,
    },
  },
  webServer: {
    // Both build targets: the app and the standalone single file (the share dialog and the
    // render command use it).
    command:
      'npx vite build --logLevel warn && npx vite build --config vite.standalone.config.ts --logLevel error && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
