import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { apiGet } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { LeadingGroupPanel } from './leading-group';

/** 系统管理 → 领导小组: each plan's leading group, kept by the admin and the office. */
export function LeadingGroupsPage() {
  const { t } = useI18n();
  const groups = useQuery({
    queryKey: ['leading-groups'],
    queryFn: ({ signal }) => apiGet<{ groups: Array<{ planId: string; planTitle: string }> }>('/api/leading-groups', { signal }).then((b) => b.groups),
  });
  return (
    <Flex vertical gap={16} data-testid="leading-groups-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{t('nav.leadingGroups')}</Typography.Title>
      {groups.isPending && <Card><Skeleton active /></Card>}
      {groups.data?.length === 0 && <Card><Empty description={t('plan.none')} /></Card>}
      {groups.data?.map((g) => (
        <Card key={g.planId} title={g.planTitle}>
          <LeadingGroupPanel planId={g.planId} editable />
        </Card>
      ))}
    </Flex>
  );
}
