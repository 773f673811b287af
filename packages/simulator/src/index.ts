export { createSimulator, type Simulator } from './create-simulator.js';
export { SimulatedJob } from './simulated-job.js';
export { SimulatedConnectionDrop, isSimulatedConnectionDrop } from './connection-drop.js';
export { JobConfigError, MAX_INPUTS } from './job-config.js';
export { CONTROL_PREFIX } from './control-handler.js';
export { DEFAULT_BASE_PATH } from './base-path.js';
export { JobExistsError } from './job-exists-error.js';
export { PRESET_JOB_IDS } from './presets.js';
export { MANUAL_EPOCH_MS } from './job-clock.js';
export type {
  ApiEndpoint,
  ClockMode,
  FaultConfig,
  FaultKind,
  FaultRule,
  InputOverride,
  JobConfig,
  LatencyConfig,
  MetricsMode,
  RecordedRequest,
  SimulatorOptions,
} from './types.js';
