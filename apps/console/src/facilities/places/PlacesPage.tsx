import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Empty, Form, Input, InputNumber, Modal, Row, Select, Space, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/language';
import type { RoomKind } from '../../graphql/graphql';
import { Can } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { labelOf } from '../../shared/labels';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { floorName, ROOM_KIND } from './labels';
import { FacilitiesCampusOptionsQuery, FacilitiesCreateBuildingMutation, FacilitiesCreateRoomMutation } from './operations';
import { QrImage } from './QrImage';
import { type PlacesBuilding, useSchoolPlaces } from './school-places';

type Building = PlacesBuilding;
type Room = Building['floors'][number]['rooms'][number];

/** Campus → building → floor → room, for the tree (keys say what a node is: `room:<id>`). */
export function placesTree(buildings: readonly Building[], t: (zh: string, en: string) => string): DataNode[] {
  const campuses = new Map<string, { name: string; buildings: Building[] }>();
  for (const b of buildings) {
    const campus = campuses.get(b.campusId) ?? { name: b.campus.name, buildings: [] };
    campus.buildings.push(b);
    campuses.set(b.campusId, campus);
  }
  return [...campuses].map(([campusId, campus]) => ({
    key: `campus:${campusId}`,
    title: campus.name,
    children: campus.buildings.map((b) => ({
      key: `building:${b.id}`,
      title: b.name,
      children: b.floors.map((f) => ({
        key: `floor:${b.id}:${f.floor}`,
        title: `${floorName(f.floor)} · ${f.rooms.length} ${t('间', 'rooms')}`,
        children: f.rooms.map((r) => ({ key: `room:${r.id}`, title: `${r.number} ${r.name}`, isLeaf: true })),
      })),
    })),
  }));
}

/** Buildings and rooms (楼宇与房间) of a school as a tree; a room shows its QR label; directors add buildings and rooms. */
export default function PlacesPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const { buildings, data, loading, error, refetch } = useSchoolPlaces(schoolId);
  const rooms = useMemo(() => {
    const byId = new Map<string, { room: Room; building: Building }>();
    for (const building of buildings) for (const f of building.floors) for (const room of f.rooms) byId.set(room.id, { room, building });
    return byId;
  }, [buildings]);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState<'building' | 'room' | null>(null);
  const picked = selected?.startsWith('room:') ? rooms.get(selected.slice(5)) : undefined;
  const pickedBuilding = selected?.startsWith('building:') ? buildings.find((b) => `building:${b.id}` === selected) : picked?.building;

  return (
    <Card
      title={t('楼宇与房间', 'Buildings and rooms')}
      extra={
        <Space>
          <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
          {schoolId && (
            <Can action="createBuilding" schoolId={schoolId}>
              <Button onClick={() => setAdding('building')} data-testid="add-building">
                {t('新建楼宇', 'New building')}
              </Button>
            </Can>
          )}
          {schoolId && pickedBuilding && (
            <Can action="createRoom" schoolId={schoolId}>
              <Button onClick={() => setAdding('room')} data-testid="add-room">
                {t(`在${pickedBuilding.name}新建房间`, `New room in ${pickedBuilding.name}`)}
              </Button>
            </Can>
          )}
          {schoolId && (
            <Link to={`/facilities/labels?school=${schoolId}`} data-testid="labels-link">
              {t('打印二维码标签', 'Print QR labels')}
            </Link>
          )}
        </Space>
      }
    >
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !data ? (
        <GraphErrorResult error={error} />
      ) : (
        <Row gutter={24}>
          <Col xs={24} md={12}>
            {buildings.length ? (
              <div data-testid="places-tree">
                <Tree
                  showLine
                  defaultExpandAll
                  treeData={placesTree(buildings, t)}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => setSelected((keys[0] as string | undefined) ?? null)}
                />
              </div>
            ) : (
              <Empty description={loading ? t('加载中', 'Loading') : t('尚未登记楼宇', 'No buildings yet')} />
            )}
          </Col>
          <Col xs={24} md={12}>
            {picked && <RoomCard room={picked.room} building={picked.building} />}
          </Col>
        </Row>
      )}
      {adding === 'building' && schoolId && (
        <NewBuildingModal schoolId={schoolId} onClose={() => setAdding(null)} onDone={() => void refetch().then(() => setAdding(null))} />
      )}
      {adding === 'room' && pickedBuilding && (
        <NewRoomModal building={pickedBuilding} onClose={() => setAdding(null)} onDone={() => void refetch().then(() => setAdding(null))} />
      )}
    </Card>
  );
}

function RoomCard({ room, building }: { room: Room; building: Building }) {
  const t = useT();
  return (
    <Card size="small" title={`${room.number} ${room.name}`} data-testid="room-card">
      <Space align="start" size={24}>
        <QrImage payload={room.qrPayload} size={140} testId="room-qr" />
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('位置', 'Where')}>{`${building.campus.name} · ${building.name}`}</Descriptions.Item>
          <Descriptions.Item label={t('用途', 'Use')}>{labelOf(ROOM_KIND, room.kind, t)}</Descriptions.Item>
          <Descriptions.Item label={t('容纳人数', 'Capacity')}>{room.capacity ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('二维码链接', 'QR link')}>
            <span data-testid="room-qr-link">{room.qrPayload}</span>
          </Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}

function NewBuildingModal({ schoolId, onClose, onDone }: { schoolId: string; onClose(): void; onDone(): void }) {
  const t = useT();
  const [form] = Form.useForm<{ campusId: string; name: string; floorsAbove: number; floorsBelow?: number }>();
  const { submit, submitting, alert } = useGraphForm(form);
  const campuses = useQuery(FacilitiesCampusOptionsQuery, { variables: { schoolId } }).data?.school.campuses ?? [];
  const [create] = useMutation(FacilitiesCreateBuildingMutation);
  return (
    <Modal
      open
      title={t('新建楼宇', 'New building')}
      onCancel={onClose}
      confirmLoading={submitting}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => submit(() => create({ variables: { input: { schoolId, ...values } } })).then((r) => r && onDone()))
          // A field left empty: the form shows its message beside it; nothing to send.
          .catch(() => undefined)
      }
      okButtonProps={{ 'data-testid': 'save-building' } as never}
    >
      {alert}
      <Form form={form} layout="vertical" initialValues={{ floorsAbove: 4, floorsBelow: 0 }}>
        <Form.Item name="campusId" label={t('校区', 'Campus')} rules={[{ required: true }]}>
          <Select options={campuses.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} data-testid="building-campus" />
        </Form.Item>
        <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
          <Input placeholder={t('如：教学楼A', 'e.g. Teaching Building A')} data-testid="building-name" />
        </Form.Item>
        <Form.Item name="floorsAbove" label={t('地上层数', 'Floors above ground')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} data-testid="building-floors" />
        </Form.Item>
        <Form.Item name="floorsBelow" label={t('地下层数', 'Floors below ground')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function NewRoomModal({ building, onClose, onDone }: { building: Building; onClose(): void; onDone(): void }) {
  const t = useT();
  const [form] = Form.useForm<{ floor: number; number: string; name: string; kind: RoomKind; capacity?: number }>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [create] = useMutation(FacilitiesCreateRoomMutation);
  const floors = [
    ...Array.from({ length: building.floorsBelow }, (_, i) => -(building.floorsBelow - i)),
    ...Array.from({ length: building.floorsAbove }, (_, i) => i + 1),
  ];
  return (
    <Modal
      open
      title={t(`在${building.name}新建房间`, `New room in ${building.name}`)}
      onCancel={onClose}
      confirmLoading={submitting}
      onOk={() =>
        void form
          .validateFields()
          .then((values) =>
            submit(() => create({ variables: { input: { buildingId: building.id, ...values } } })).then((r) => r && onDone()),
          )
          .catch(() => undefined)
      }
      okButtonProps={{ 'data-testid': 'save-room' } as never}
    >
      {alert}
      <Form form={form} layout="vertical" initialValues={{ floor: 1, kind: 'CLASSROOM' }}>
        <Form.Item name="floor" label={t('楼层', 'Floor')} rules={[{ required: true }]}>
          <Select options={floors.map((f) => ({ value: f, label: floorName(f) }))} data-testid="room-floor" />
        </Form.Item>
        <Form.Item name="number" label={t('房间号', 'Number')} rules={[{ required: true }]}>
          <Input placeholder="302" data-testid="room-number" />
        </Form.Item>
        <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
          <Input placeholder={t('如：三年级2班', 'e.g. Class 3-2')} data-testid="room-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('用途', 'Use')} rules={[{ required: true }]}>
          <Select options={Object.keys(ROOM_KIND).map((k) => ({ value: k, label: labelOf(ROOM_KIND, k, t) }))} data-testid="room-kind" />
        </Form.Item>
        <Form.Item name="capacity" label={t('容纳人数', 'Capacity')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
