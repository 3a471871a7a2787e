import { Card, Empty, Flex, Tag, Typography, theme } from 'antd';
import { Disclosure } from './disclosure';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { Target } from '../plan/plan-types';
import { TEXT_FIELDS } from './autosave';
import { FIELD_LABELS, ReportContentView } from './report-content-view';
import type { ReportVersion } from './report-types';
import { diffParagraphs, hasChanges, type DiffPart } from './text-diff';

function DiffView({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  if (!hasChanges(parts)) return <Typography.Text type="secondary">{t('report.versions.noChange')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {parts.map((part, index) => (
        <div
          key={index}
          data-op={part.op}
          style={{
            padding: '2px 6px',
            whiteSpace: 'pre-wrap',
            borderInlineStart: `3px solid ${part.op === 'added' ? token.colorSuccess : part.op === 'removed' ? token.colorError : 'transparent'}`,
            background: part.op === 'added' ? token.colorSuccessBg : part.op === 'removed' ? token.colorErrorBg : undefined,
            textDecoration: part.op === 'removed' ? 'line-through' : undefined,
          }}
        >
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {part.op === 'added' ? t('report.versions.added') : part.op === 'removed' ? t('report.versions.removed') : ''}
          </span>
          {part.text}
        </div>
      ))}
    </Flex>
  );
}

/**
 * 报送记录: every version the unit submitted, and what the latest changed from the one before,
 * paragraph by paragraph (what the office checks after returning a report).
 */
export function VersionsCard({ versions, targets }: { versions: readonly ReportVersion[]; targets: readonly Target[] }) {
  const { t } = useI18n();
  const ordered = [...versions].sort((a, b) => b.number - a.number);
  const [latest, previous] = ordered;
  return (
    <Card size="small" title={t('report.versions.title')} data-testid="report-versions">
      {latest === undefined && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.versions.none')} />}
      {latest !== undefined && previous !== undefined && (
        <div data-testid="report-diff" style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('report.versions.compare', { latest: latest.number, previous: previous.number })}
          </Typography.Title>
          {TEXT_FIELDS.map((field) => (
            <div key={field} style={{ marginBottom: 8 }}>
              <div><Typography.Text strong>{t(FIELD_LABELS[field])}</Typography.Text></div>
              <DiffView parts={diffParagraphs(previous.content[field] ?? '', latest.content[field] ?? '')} />
            </div>
          ))}
        </div>
      )}
      {latest !== undefined && (
        <Flex vertical gap={4}>
          {ordered.map((version) => (
            <Disclosure
              key={version.number}
              summary={
                <span>
                  <Tag>{t('report.versions.number', { number: version.number })}</Tag>
                  {t('report.versions.by', { time: formatDateTime(version.submittedAt), name: version.submittedByName || '—' })}
                </span>
              }
            >
              <ReportContentView content={version.content} targets={targets} />
            </Disclosure>
          ))}
        </Flex>
      )}
    </Card>
  );
}
