import { Menu, Tooltip, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useSignedInAccount } from '../../features/auth/signed-in-account';
import { useI18n } from '../i18n/i18n-provider';
import type { Translate } from '../i18n/translate';
import { areaAt, areasFor, navFor } from './nav';
import type { NavArea, NavEntry } from './nav-areas';

type MenuItem = NonNullable<MenuProps['items']>[number];

function areaItem(area: NavArea, t: Translate): MenuItem {
  const Icon = area.icon;
  const label = t(area.labelKey);
  return {
    key: area.key,
    icon: <Icon />,
    'data-testid': `nav-${area.key}`,
    ...(area.available
      ? { label }
      : {
          disabled: true,
          // `title` is the tooltip antd shows when the menu is collapsed to icons.
          title: t('nav.comingSoonItem', { name: label }),
          label: (
            <Tooltip title={t('nav.comingSoon')} placement="right">
              <span>{label}</span>
            </Tooltip>
          ),
        }),
  };
}

function entryItem(entry: NavEntry, t: Translate): MenuItem {
  if (entry.kind === 'area') return areaItem(entry, t);
  const Icon = entry.icon;
  return { key: entry.key, icon: <Icon />, label: t(entry.labelKey), children: entry.children.map((child) => areaItem(child, t)) };
}

/** The side navigation: the areas the signed-in account's roles allow, from the one nav table. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { roles } = useSignedInAccount();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const entries = navFor(roles);
  const selected = areaAt(pathname, entries);

  const onClick: MenuProps['onClick'] = ({ key }) => {
    const area = areasFor(roles).find((candidate) => candidate.key === key);
    if (area === undefined || !area.available) return;
    void navigate(area.path);
    onNavigate?.();
  };

  return (
    <Menu
      mode="inline"
      style={{ borderInlineEnd: 'none' }}
      items={entries.map((entry) => entryItem(entry, t))}
      selectedKeys={selected ? [selected.key] : []}
      defaultOpenKeys={entries.filter((entry) => entry.kind === 'group').map((entry) => entry.key)}
      onClick={onClick}
    />
  );
}
