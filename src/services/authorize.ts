import type { UserRow } from '../db/schema';
import { can, type Action, type Actor, type Resource } from '../domain/authorization/policy';
import { DomainError } from '../domain/errors';

export function actorOf(user: Pick<UserRow, 'id' | 'login' | 'roles' | 'unit_id' | 'region_id'>): Actor {
  return { userId: user.id, login: user.login, roles: user.roles, unitId: user.unit_id, regionId: user.region_id };
}

/** Throws `forbidden` unless the policy allows the action. */
export function authorize(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) {
    throw new DomainError('forbidden', `This account may not ${action.replace('.', ' ')}.`, { action });
  }
}
