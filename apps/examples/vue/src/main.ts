import { createApp } from 'vue';
// Registers <input-progress-list> and <input-progress-row>.
import '@input-progress/elements/define.js';
import App from './App.vue';

// `?job=<id>` shows another job of the simulator (the tests make their own).
const jobId = new URLSearchParams(location.search).get('job') ?? 'job_demo_small';

createApp(App, { jobId, baseUrl: '/api' }).mount('#app');
