import type { ServerConfig } from '../config.js';
import type { Store } from '../store/types.js';

/** What every route module gets: the checked configuration, the store, the server secret and the clock. */
export interface AppContext {
  readonly config: ServerConfig;
  readonly store: Store;
  /** HMAC secret of token hashes and CSRF tokens. */
  readonly secret: string;
  /** The current instant as an ISO timestamp (the server's clock; core never reads one itself). */
  readonly now: () => string;
}
