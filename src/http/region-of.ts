import type { Actor } from '../domain/authorization/policy';
import { DomainError } from '../domain/errors';

/** The county a request is about: the account's own, or (deployment-wide accounts) the one asked for. */
export function regionOf(actor: Actor, requested: string | undefined): string {
  const regionId = actor.regionId ?? requested;
  if (!regionId) {
    throw new DomainError('validation_failed', 'Choose a county (regionId).', { fields: [{ field: 'regionId', message: 'required' }] });
  }
  return regionId;
}
