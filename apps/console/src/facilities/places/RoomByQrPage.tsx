import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Spin } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { floorName, ROOM_KIND } from './labels';
import { FacilitiesRoomByQrQuery } from './operations';

/** The page a room's QR label opens on a phone (…/r/<code>): which room this is. Part 2 adds reporting a repair here. */
export default function RoomByQrPage() {
  const t = useT();
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(FacilitiesRoomByQrQuery, { variables: { code } });
  if (loading && !data) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error && !data) return <GraphErrorResult error={error} />;
  const room = data!.roomByQrCode;
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
    </Card>
  );
}
