import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

// `?job=<id>` shows another job of the simulator (the tests make their own).
const jobId = new URLSearchParams(location.search).get('job') ?? 'job_demo_small';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App jobId={jobId} baseUrl="/api" />
  </StrictMode>,
);
