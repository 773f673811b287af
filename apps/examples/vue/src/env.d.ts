/// <reference types="vite/client" />
// Types the <input-progress-list> and <input-progress-row> tags in templates (props and @events).
import type {} from '@input-progress/elements/vue';
