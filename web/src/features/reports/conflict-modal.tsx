import { Button, Col, Flex, Modal, Row, Typography, theme } from 'antd';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { Target } from '../plan/plan-types';
import { contentOf, differingParts } from './autosave';
import { FIELD_LABELS, Paragraphs, ReportContentView } from './report-content-view';
import type { Report, ReportContent } from './report-types';

interface Props {
  mine: ReportContent;
  current: Report;
  targets: readonly Target[];
  onKeepMine: () => void;
  onTakeSaved: () => void;
}

/**
 * Someone saved this report after the user last loaded it. Both versions are shown, part by part,
 * and nothing is overwritten until the user chooses: keep their own text (saved over the newer
 * version) or take the saved one. The dialog cannot be dismissed without choosing.
 */
export function ConflictModal({ mine, current, targets, onKeepMine, onTakeSaved }: Props) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const saved = contentOf(current);
  const parts = differingParts(mine, saved);
  const textParts = parts.filter((part) => part === 'progress' || part === 'problems' || part === 'nextSteps');
  const box = { border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, padding: 8, maxHeight: 240, overflow: 'auto' } as const;

  return (
    <Modal
      open
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={880}
      title={t('report.conflict.title')}
      footer={
        <Flex wrap gap={8} justify="end">
          <Button onClick={onTakeSaved} data-testid="report-conflict-take-saved">{t('report.conflict.takeSaved')}</Button>
          <Button type="primary" onClick={onKeepMine} data-testid="report-conflict-keep-mine">{t('report.conflict.keepMine')}</Button>
        </Flex>
      }
    >
      <div data-testid="report-conflict">
        <Typography.Paragraph>{t('report.conflict.body', { time: formatDateTime(current.updatedAt) })}</Typography.Paragraph>
        {textParts.map((part) => (
          <div key={part} style={{ marginBottom: 12 }}>
            <Typography.Title level={5}>{t(FIELD_LABELS[part])}</Typography.Title>
            <Row gutter={[12, 8]}>
              <Col xs={24} md={12}>
                <Typography.Text strong>{t('report.conflict.mine')}</Typography.Text>
                <div style={box} data-testid={`report-conflict-mine-${part}`}><Paragraphs text={mine[part]} /></div>
              </Col>
              <Col xs={24} md={12}>
                <Typography.Text strong>{t('report.conflict.saved')}</Typography.Text>
                <div style={box} data-testid={`report-conflict-saved-${part}`}><Paragraphs text={saved[part]} /></div>
              </Col>
            </Row>
          </div>
        ))}
        {parts.some((part) => part === 'taskStatus' || part === 'targetProgress') && (
          <Row gutter={[12, 8]}>
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('report.conflict.mine')}</Typography.Text>
              <ReportContentView content={mine} targets={targets} withTexts={false} />
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('report.conflict.saved')}</Typography.Text>
              <ReportContentView content={saved} targets={targets} withTexts={false} />
            </Col>
          </Row>
        )}
      </div>
    </Modal>
  );
}
