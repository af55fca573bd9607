// The demo municipality's settings (scripts/demo-settings.json) as environment variables for the permit service:
// string values as they are, JSON values (the provisional calendar, say) as their JSON text.
import { readFileSync } from 'node:fs';

/** @returns {Record<string, string>} */
export function demoSettings(file = 'scripts/demo-settings.json') {
  const { '//': _about, ...settings } = JSON.parse(readFileSync(file, 'utf8'));
  return Object.fromEntries(Object.entries(settings).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
}
