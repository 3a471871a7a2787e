import type { Role } from '../../shared/api/account';
import type { MessageKey } from '../../shared/i18n/translate';

/** Exhaustive: adding a role to the contract fails to compile until it has a label. */
export const ROLE_LABEL_KEYS: Readonly<Record<Role, MessageKey>> = {
  admin: 'role.admin',
  auditor: 'role.auditor',
  office: 'role.office',
  supervisor: 'role.supervisor',
  leader: 'role.leader',
  unit_reporter: 'role.unit_reporter',
  unit_head: 'role.unit_head',
};

export const ROLE_COLORS: Readonly<Record<Role, string>> = {
  admin: 'red',
  auditor: 'purple',
  office: 'blue',
  supervisor: 'orange',
  leader: 'gold',
  unit_reporter: 'green',
  unit_head: 'cyan',
};
