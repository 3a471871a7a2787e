import type { Store } from '../db/store';
import type { SecurityPolicy } from '../domain/auth/security-policy';

/** What every route plugin gets from buildApp. */
export interface RouteDeps {
  store: Store;
  policy: SecurityPolicy;
  clock: () => Date;
}
