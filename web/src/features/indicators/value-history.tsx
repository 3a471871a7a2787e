import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Grid, Table, Typography, Upload, type TableColumnsType } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { checkEvidence, EVIDENCE_ACCEPT, formatSize } from '../../shared/evidence/evidence';
import { formatPeriod } from './indicator-lights';
import { ValueStatusTag } from './indicator-tags';
import type { Indicator, IndicatorValue } from './indicator-types';
import { evidenceUrl, useUploadValueEvidence } from './indicators-api';
import { ReviewButtons } from './review-buttons';

const PROBLEM_KEYS = { type: 'report.evidence.badType', size: 'report.evidence.tooLarge', empty: 'report.evidence.empty' } as const;

/** 历史数据: every value entered, newest period first, with its source, note, evidence and review state. */
export function ValueHistory({ indicator, isOffice, canEnter }: { indicator: Indicator; isOffice: boolean; canEnter: boolean }) {
  const { t } = useI18n();
  const isPhone = Grid.useBreakpoint().md === false;
  const quarter = (y: string, q: string) => t('indicators.quarter', { year: y, quarter: q });
  const values = [...indicator.values].sort((a, b) => b.period.localeCompare(a.period));
  const columns: TableColumnsType<IndicatorValue> = [
    { title: t('indicators.period'), key: 'period', width: 110, render: (_, v) => formatPeriod(v.period, quarter) },
    { title: t('indicators.value'), key: 'value', width: 90, render: (_, v) => `${v.value}${indicator.unit ?? ''}` },
    {
      title: t('indicators.source'),
      key: 'source',
      render: (_, v) => (
        <Flex vertical gap={2}>
          <span>{v.source}</span>
          {v.note && <Typography.Text type="secondary">{v.note}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(v.enteredAt)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('report.evidence.title'),
      key: 'evidence',
      render: (_, v) => (
        <Flex vertical gap={2}>
          {v.evidence.map((e) => (
            <a key={e.id} href={evidenceUrl(e.id)} download={e.fileName} data-testid={`value-evidence-${e.id}`}>
              <PaperClipOutlined /> {e.fileName} <Typography.Text type="secondary">{formatSize(e.size)}</Typography.Text>
            </a>
          ))}
          {canEnter && v.status !== 'accepted' && <EvidenceUpload valueId={v.id} period={v.period} />}
        </Flex>
      ),
    },
    {
      title: t('indicators.reviewState'),
      key: 'status',
      width: 170,
      render: (_, v) => (
        <Flex vertical gap={4} data-testid={`value-row-${v.period}`} data-status={v.status}>
          <ValueStatusTag status={v.status} />
          {v.returnReason && <Typography.Text type="danger">{v.returnReason}</Typography.Text>}
          {isOffice && v.status === 'submitted' && <ReviewButtons valueId={v.id} testKey={`${indicator.number}-${v.period}`} />}
        </Flex>
      ),
    },
  ];
  if (isPhone) {
    // On a phone each value is a small card of label: content pairs, built from the same columns.
    return (
      <Card size="small" title={t('indicators.history.title')} data-testid="indicator-history">
        {values.length === 0 && <Typography.Text type="secondary">{t('indicators.history.none')}</Typography.Text>}
        <Flex vertical gap={12}>
          {values.map((v) => (
            <Descriptions
              key={v.id}
              size="small"
              column={1}
              bordered
              items={columns.map((c) => ({ key: String(c.key), label: c.title as ReactNode, children: (c as ColumnType<IndicatorValue>).render?.(undefined, v, 0) as ReactNode }))}
            />
          ))}
        </Flex>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('indicators.history.title')} data-testid="indicator-history">
      <Table size="small" rowKey="id" columns={columns} dataSource={values} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: t('indicators.history.none') }} />
    </Card>
  );
}

function EvidenceUpload({ valueId, period }: { valueId: string; period: string }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const upload = useUploadValueEvidence();
  const onFile = (file: File) => {
    const problem = checkEvidence(file.name, file.size);
    if (problem) return void message.error(t(PROBLEM_KEYS[problem], { name: file.name }));
    upload.mutate(
      { valueId, file },
      {
        onSuccess: (e) => void message.success(t('report.evidence.uploaded', { name: e.fileName })),
        onError: (error) => void message.error(t('report.evidence.failed', { name: file.name, reason: t(errorMessageKey(error)) })),
      },
    );
  };
  return (
    <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} beforeUpload={(file) => (onFile(file), false)}>
      <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid={`value-evidence-upload-${period}`}>
        {t('report.evidence.add')}
      </Button>
    </Upload>
  );
}
