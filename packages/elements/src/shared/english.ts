/**
 * The English templates (`lit-localize build` writes them to `src/generated/locales/en.ts`) and the key under which a
 * `msg()` template finds its own. The keys are lit-localize's generated message ids: whole in the sources, cut to
 * their first characters in the embed file (packages/elements/embed.rollup.mjs): sixteen random hex digits per message
 * cost about 2 KB of the gzipped file, and six of them already tell the messages apart (the embed build refuses a
 * cut that two messages would share). So a template's id is cut to the length of the table's keys before the lookup.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { LocaleModule, TemplateLike, TemplateMap } from '@lit/localize';
import * as en from '../generated/locales/en.js';

/** Templates by (possibly cut) message id, and the key of a `msg()` template among them. */
export interface TemplateTable {
  readonly templates: TemplateMap;
  /** The template's generated id (as lit-localize makes it), cut to the length of the table's keys. */
  key(template: TemplateLike): string;
}

/** A {@link TemplateTable} over `templates`, whose keys are generated ids, all whole or all cut alike. */
export function templateTable(templates: TemplateMap): TemplateTable {
  const keyLength = Object.keys(templates)[0]?.length ?? 0;
  const keys = new Map<string | readonly string[], string>();
  return {
    templates,
    key(template) {
      const strings = typeof template === 'string' ? template : template.strings;
      let key = keys.get(strings);
      if (key === undefined) {
        key = generateMsgId(strings, typeof template !== 'string' && !('strTag' in template)).slice(0, keyLength);
        keys.set(strings, key);
      }
      return key;
    },
  };
}

/** The English templates. */
export const english = templateTable((en as LocaleModule).templates);
