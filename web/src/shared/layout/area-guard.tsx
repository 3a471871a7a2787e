import { lazy, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSignedInAccount } from '../../features/auth/signed-in-account';
import { areaAt, canUseArea } from './nav';

// Rarely seen, and antd's Result carries large illustrations: load it only when needed.
const ForbiddenPage = lazy(() => import('./forbidden-page').then((m) => ({ default: m.ForbiddenPage })));

/**
 * Refuses a page of an area the account's roles do not include (reached by a typed or shared
 * URL; the menu never offers it). The server enforces the same rule on every API call; this
 * only spares the user a page full of errors. Must sit inside a <Suspense>.
 */
export function AreaGuard({ children }: { children: ReactNode }) {
  const { roles } = useSignedInAccount();
  const area = areaAt(useLocation().pathname);
  if (area !== undefined && !canUseArea(area, roles)) return <ForbiddenPage />;
  return children;
}
