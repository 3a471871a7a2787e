import { Flex, Tag } from 'antd';
import type { Role } from '../../shared/api/account';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { ROLE_COLORS, ROLE_LABEL_KEYS } from './role-labels';

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
