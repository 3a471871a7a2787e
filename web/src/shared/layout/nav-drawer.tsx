import { Drawer } from 'antd';
import { useI18n } from '../i18n/i18n-provider';
import { SideNav } from './side-nav';

/** The side navigation as a drawer, for phones. */
export function NavDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer placement="left" size={260} open={open} onClose={onClose} title={t('app.name')} styles={{ body: { padding: 0 } }}>
      <SideNav onNavigate={onClose} />
    </Drawer>
  );
}
