import { Empty, Flex, Tag, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { SEVERITY_COLORS, SEVERITY_LABELS, sortFindings } from './plan-labels';
import type { Finding } from './plan-types';

/** The finding's words in the UI language: the server writes both. */
export function findingText(finding: Pick<Finding, 'message' | 'messageZh'>, lang: string): string {
  return lang === 'en' ? finding.message : finding.messageZh;
}

export function FindingTag({ finding }: { finding: Pick<Finding, 'severity'> }) {
  const { t } = useI18n();
  return <Tag color={SEVERITY_COLORS[finding.severity]}>{t(SEVERITY_LABELS[finding.severity])}</Tag>;
}

/** One finding on a line: severity, text, and where in the document. */
export function FindingRow({ finding }: { finding: Finding }) {
  const { t, lang } = useI18n();
  return (
    <Flex gap={8} align="baseline" data-severity={finding.severity}>
      <FindingTag finding={finding} />
      <Typography.Text style={{ flex: 1 }}>{findingText(finding, lang)}</Typography.Text>
      {finding.line !== null && (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('plan.findings.line', { line: finding.line })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 检查发现: what the parser found worth checking, errors first. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  if (findings.length === 0) return <Empty description={t('plan.findings.none')} />;
  return (
    <Flex vertical gap={12} data-testid="plan-findings">
      {sortFindings(findings).map((finding, index) => (
        <FindingRow key={index} finding={finding} />
      ))}
    </Flex>
  );
}
