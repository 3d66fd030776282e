import { ToolOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { floorName, ROOM_KIND } from './labels';
import { FacilitiesRoomByQrQuery } from './operations';

/**
 * The page a room's QR label opens on a phone (…/r/<code>) for a signed-in viewer: which room this is,
 * and 报修 (report a repair). Staff of the room's school report as themselves (reportWorkOrder, the
 * room filled in) and follow it in the work orders list; anyone else who is signed in (a parent on the
 * committee, another school's staff, who may not even read the room) uses the anonymous QR form and
 * its status link, as a visitor without a session does (facilities/repairs/QrRepairPage).
 */
export default function RoomByQrPage() {
  const t = useT();
  const access = useAccess();
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(FacilitiesRoomByQrQuery, { variables: { code } });
  const anonymousReport = (
    <Link to={`/r/${encodeURIComponent(code)}/report`}>
      <Button type="primary" size="large" block icon={<ToolOutlined />} data-testid="room-report-repair">
        {t('报修', 'Report a repair')}
      </Button>
    </Link>
  );
  if (loading && !data) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error && !data)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <GraphErrorResult error={error} />
        {anonymousReport}
      </Space>
    );
  const room = data!.roomByQrCode;
  const reportsAsStaff = access.can('reportWorkOrder', room.school.id);
  return (
    <Card title={`${room.number} ${room.name}`} data-testid="room-by-qr">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('学校', 'School')}>{room.school.name}</Descriptions.Item>
        <Descriptions.Item
          label={t('位置', 'Where')}
        >{`${room.campus.name} · ${room.building.name} · ${floorName(room.floor)}`}</Descriptions.Item>
        <Descriptions.Item label={t('用途', 'Use')}>{labelOf(ROOM_KIND, room.kind, t)}</Descriptions.Item>
        <Descriptions.Item label={t('容纳人数', 'Capacity')}>{room.capacity ?? '—'}</Descriptions.Item>
      </Descriptions>
      {reportsAsStaff ? (
        <Link to={`/facilities/work-orders/new?school=${room.school.id}&room=${room.id}`}>
          <Button type="primary" size="large" block icon={<ToolOutlined />} data-testid="room-report-repair">
            {t('报修', 'Report a repair')}
          </Button>
        </Link>
      ) : (
        anonymousReport
      )}
    </Card>
  );
}
