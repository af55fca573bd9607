import { cite, type Citation } from '../citation.js';

/** The national survey method every citation in this module points to. */
export const IKM_REGULATION = 'PermenPANRB 14/2017';

/** A citation into the appendix (Lampiran) of {@link IKM_REGULATION}. */
export function ikmCite(part: string): Citation {
  return cite(IKM_REGULATION, `Lampiran, ${part}`);
}
