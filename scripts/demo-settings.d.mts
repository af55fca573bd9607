/** The demo municipality's settings (scripts/demo-settings.json) as environment variables for the permit service. */
export function demoSettings(file?: string): Record<string, string>;
