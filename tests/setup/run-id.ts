/**
 * Vitest global setup: give every test file of one `vitest run` the same run id, so the sample
 * site is built at most once per run (see tests/helpers/sample-site.ts) and never reused from an
 * earlier run whose sources may have changed.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('runId', `${process.pid}-${Date.now()}`);
}
