import { Card, Descriptions, Tag } from 'antd';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { countBySeverity } from '../plan-labels';
import type { ImportPreview } from './import-types';

const joined = (list: readonly string[]) => (list.length > 0 ? list.join('、') : '—');

/** What the document is (its disclosure metadata) and how much the parser found in it. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const { metadata, sections, goals, indicators, findings, source } = preview.document;
  const counts = countBySeverity(findings);
  const taskCount = sections.reduce((sum, section) => sum + section.tasks.length, 0);
  const period = metadata.period;
  return (
    <Card title={metadata.title ?? preview.fileName} data-testid="plan-import-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'file', label: t('planImport.meta.file'), children: `${preview.fileName} (${source.format}${source.encoding ? `, ${source.encoding}` : ''})` },
          { key: 'doc', label: t('plan.documentNumber'), children: metadata.documentNumber ?? '—' },
          { key: 'index', label: t('planImport.meta.indexNumber'), children: metadata.indexNumber ?? '—' },
          { key: 'issuers', label: t('planImport.meta.issuers'), children: joined(metadata.issuers) },
          { key: 'publish', label: t('planImport.meta.publishDate'), children: metadata.publishDate ?? '—' },
          { key: 'sign', label: t('planImport.meta.signDate'), children: metadata.signDate ?? '—' },
          { key: 'years', label: t('plan.years'), children: period ? t('plan.yearRange', { start: period.startYear, end: period.endYear }) : '—' },
          { key: 'keywords', label: t('planImport.meta.keywords'), children: joined(metadata.keywords) },
          { key: 'recipients', label: t('planImport.meta.recipients'), children: joined(metadata.recipients) },
          {
            key: 'counts',
            label: t('planImport.meta.counts'),
            children: t('planImport.meta.countsValue', { sections: sections.length, tasks: taskCount, goals: goals.length, indicators: indicators.length, units: preview.units.length }),
          },
          {
            key: 'findings',
            label: t('plan.tab.findings'),
            children: (
              <>
                <Tag color="red">{t('plan.severity.error')} {counts.error}</Tag>
                <Tag color="orange">{t('plan.severity.warning')} {counts.warning}</Tag>
                <Tag color="blue">{t('plan.severity.info')} {counts.info}</Tag>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
