/** A configuration value is invalid; `variable` names the environment variable or config-file key to fix. */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid configuration ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}
