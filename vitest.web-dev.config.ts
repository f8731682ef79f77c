import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/web/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 120_000 } });
