import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useAuditRecords, useExportAudit } from './audit-api';
import { AuditFilterBar } from './audit-filter-bar';
import type { AuditFilters, PageRequest } from './audit-query';
import { AuditTable } from './audit-table';

const FIRST_PAGE: PageRequest = { page: 1, pageSize: 50 };

/**
 * 系统管理 → 审计日志 (the auditor's alone): search the trail by days, login, action and outcome,
 * page through it, open a record's details, and export what the filters select as .xlsx.
 */
export function AuditPage() {
  const { t } = useI18n();
  const message = useAppMessage();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState<PageRequest>(FIRST_PAGE);
  const records = useAuditRecords(filters, page);
  const exportAudit = useExportAudit(t('audit.export.fileName'));

  const apply = (next: AuditFilters) => {
    setFilters(next);
    setPage((current) => ({ ...current, page: 1 }));
  };
  const onExport = () => exportAudit.mutate(filters, { onError: (error) => void message.error(t(errorMessageKey(error))) });

  return (
    <Flex vertical gap={16} data-testid="audit-page">
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} loading={exportAudit.isPending} onClick={onExport} data-testid="audit-export">
          {t('audit.export')}
        </Button>
      </Flex>
      <Card>
        <AuditFilterBar onApply={apply} />
      </Card>
      <Card>
        {records.isError && <Alert type="error" showIcon title={t(errorMessageKey(records.error))} style={{ marginBottom: 16 }} />}
        <AuditTable
          records={records.data?.records ?? []}
          loading={records.isFetching}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: records.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (current, pageSize) => setPage({ page: pageSize === page.pageSize ? current : 1, pageSize }),
          }}
        />
      </Card>
    </Flex>
  );
}
