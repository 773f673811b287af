/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `real` when the dev server forwards `/api` to the real API; otherwise the simulator serves it. */
  readonly VITE_DEMO_API?: 'simulator' | 'real';
  /** The job shown first in real-API mode (`DEMO_JOB_ID`). */
  readonly VITE_DEMO_JOB_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
