import { Flex, Tag } from 'antd';
import type { Role } from '../../shared/api/account';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';

/** Exhaustive: adding a role to the contract fails to compile until it has a label. */
const ROLE_LABEL_KEYS: Readonly<Record<Role, MessageKey>> = {
  admin: 'role.admin',
  auditor: 'role.auditor',
  office: 'role.office',
  supervisor: 'role.supervisor',
  leader: 'role.leader',
  unit_reporter: 'role.unit_reporter',
  unit_head: 'role.unit_head',
};

const ROLE_COLORS: Readonly<Record<Role, string>> = {
  admin: 'red',
  auditor: 'purple',
  office: 'blue',
  supervisor: 'orange',
  leader: 'gold',
  unit_reporter: 'green',
  unit_head: 'cyan',
};

/** The account's roles as localized tags. */
export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useI18n();
  return (
    <Flex wrap gap={4}>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
          {t(ROLE_LABEL_KEYS[role])}
        </Tag>
      ))}
    </Flex>
  );
}
