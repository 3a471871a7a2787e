import { FlagOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { LightTag } from './light-tags';
import type { Light, LightReason } from './supervision-types';

/** One task, indicator or unit with its light, its reasons in words, and "issue a notice" in one step. */
export function LitItemCard({ testId, title, light, reasons, onIssue }: { testId: string; title: string; light: Light; reasons: readonly LightReason[]; onIssue?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <Card size="small" data-testid={testId} data-light={light}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Flex gap={8} align="baseline" style={{ minWidth: 0, flex: '1 1 240px' }}>
          <LightTag light={light} />
          <Typography.Text strong>{title}</Typography.Text>
        </Flex>
        {onIssue && (
          <Button size="small" icon={<FlagOutlined />} onClick={onIssue} data-testid={`${testId}-issue`}>
            {t('supervision.issueFromItem')}
          </Button>
        )}
      </Flex>
      {reasons.length > 0 && (
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
          {reasons.map((reason) => (
            <li key={`${reason.code}-${reason.text}`} data-code={reason.code}>
              <Typography.Text type={reason.light === 'red' ? 'danger' : 'warning'}>{reason.text}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
