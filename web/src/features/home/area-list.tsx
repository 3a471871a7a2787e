import { Card, Col, Row, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { NavArea } from '../../shared/layout/nav-areas';

function AreaTile({ area }: { area: NavArea }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const Icon = area.icon;
  const body = (
    <Card size="small" hoverable={area.available} style={{ height: '100%' }}>
      <Card.Meta
        avatar={<span style={{ fontSize: 24, color: area.available ? token.colorPrimary : token.colorTextDisabled }}><Icon /></span>}
        title={<Typography.Text type={area.available ? undefined : 'secondary'}>{t(area.labelKey)}</Typography.Text>}
        description={area.available ? t('home.open') : <Tag>{t('nav.comingSoon')}</Tag>}
      />
    </Card>
  );
  return area.available ? <Link to={area.path}>{body}</Link> : body;
}

/** The areas an account may use, as tiles: open ones link to their page, the rest say "coming soon". */
export function AreaList({ areas }: { areas: readonly NavArea[] }) {
  return (
    <Row gutter={[12, 12]} data-testid="area-list">
      {areas.map((area) => (
        <Col key={area.key} xs={24} sm={12} lg={8} xxl={6} data-testid={`area-${area.key}`}>
          <AreaTile area={area} />
        </Col>
      ))}
    </Row>
  );
}
