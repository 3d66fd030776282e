import { Col, Row, Typography } from 'antd';
import { useT } from '../app/language';
import { useAccess } from '../session/access';
import { NotificationsCard } from './notifications/NotificationsCard';
import { WORK_SOURCES } from './sources';

/**
 * My work (我的待办), the page after sign-in: a card for each work source that could have work for
 * the viewer (see ./sources.ts to add one), and the viewer's notifications.
 */
export default function MyWorkPage() {
  const t = useT();
  const access = useAccess();
  const visible = WORK_SOURCES.filter((source) => source.visible(access));
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('我的待办', 'My work')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {visible.map(({ key, Card }) => (
          <Col key={key} xs={24} xl={12}>
            <Card />
          </Col>
        ))}
        <Col xs={24} xl={visible.length % 2 ? 12 : 24}>
          <NotificationsCard sources={WORK_SOURCES} />
        </Col>
      </Row>
    </>
  );
}
