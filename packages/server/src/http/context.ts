import type { CheckpointKey } from '../checkpoint-key.js';
import type { ServerConfig } from '../config.js';
import type { Store } from '../store/types.js';

/** What every route module gets: the checked configuration, the store, the server secret, the clock and the checkpoint key. */
export interface AppContext {
  readonly config: ServerConfig;
  readonly store: Store;
  /** HMAC secret of token hashes and CSRF tokens. */
  readonly secret: string;
  /** The current instant as an ISO timestamp (the server's clock; core never reads one itself). */
  readonly now: () => string;
  /** The key that signs the published audit checkpoint (AUD-02). */
  readonly checkpointKey: CheckpointKey;
}
