import { PlusOutlined, PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { AssetFilter, AssetImportRowInput, AssetStatus } from '../../graphql/graphql';
import { Can, useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { ExcelImport } from '../../shared/import/ExcelImport';
import { EXPORT_LIMIT, ExportButton } from '../../shared/import/ExportButton';
import { useSettled } from '../../shared/import/useSettled';
import { labelOf } from '../../shared/labels';
import { normalizeYuan } from '../../shared/money';
import { collectAllPages, MAX_PAGE_SIZE, useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { ClassSelect, RoomSelect, StaffSelect, StatusTag } from './components';
import { ASSET_STATUS, ASSET_STATUS_COLOR, SETTABLE_STATUSES } from './labels';
import { useRegisterLookups } from './lookups';
import { FacilitiesAssetsQuery, FacilitiesImportAssetsMutation, FacilitiesRegisterAssetMutation } from './operations';
import { assetExportColumns, assetImportSpec, graphRows, roomDisplay, type AssetImportRow } from './register';

interface RegisterValues {
  tagNumber: string;
  name: string;
  classCode?: string;
  model?: string;
  serialNumber?: string;
  acquiredOn: string;
  cost: string;
  roomId?: string;
  custodianStaffId?: string;
  status?: AssetStatus;
}

/**
 * The fixed-asset register (固定资产台账) of a school: filtered by status, class, room and text,
 * exported to Excel as filtered, loaded from the school's own spreadsheet (template, every bad row by
 * its Excel row and column, validateOnly before anything is written), and one asset registered by hand.
 */
export default function AssetRegisterPage() {
  const t = useT();
  const { language } = useLanguage();
  const access = useAccess();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const lookups = useRegisterLookups(schoolId);
  const [status, setStatus] = useState<AssetStatus | undefined>();
  const [classCode, setClassCode] = useState<string | undefined>();
  const [roomId, setRoomId] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [registering, setRegistering] = useState(false);
  const settled = useSettled(search.trim());
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: AssetFilter = useMemo(
    () => ({ schoolId, status, classCode, roomId, search: settled || undefined }),
    [schoolId, status, classCode, roomId, settled],
  );
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(FacilitiesAssetsQuery, {
    variables: { filter, ...paging.variables },
    skip: !schoolId,
  });
  const page = (data ?? previousData)?.assets;
  const [importAssets] = useMutation(FacilitiesImportAssetsMutation);
  const [registerAsset] = useMutation(FacilitiesRegisterAssetMutation);
  const spec = useMemo(() => assetImportSpec(lookups), [lookups]);

  async function exportAll() {
    const { items, truncated } = await collectAllPages(async (after) => {
      const result = await client.query({
        query: FacilitiesAssetsQuery,
        variables: { filter, first: MAX_PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      return result.data!.assets;
    }, EXPORT_LIMIT);
    await downloadWorkbook(`${t('固定资产台账', 'asset-register')}-${new Date().toISOString().slice(0, 10)}.xlsx`, [
      sheet({
        name: t('资产', 'Assets'),
        caption: [`${t('固定资产台账', 'Fixed-asset register')}${truncated ? t('（仅前 5000 行）', ' (first 5000 rows)') : ''}`],
        columns: assetExportColumns(lookups, language, t),
        rows: items,
      }),
    ]);
    return { truncated, count: items.length };
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
      </Space>
      {schoolId && access.can('importAssets', schoolId) ? (
        <ExcelImport<AssetImportRow>
          title={t('导入资产台账（Excel）', 'Import the asset register (Excel)')}
          spec={spec}
          templateName={t('资产台账导入模板.xlsx', 'asset-register-template.xlsx')}
          blocked={lookups.loading ? t('正在读取房间和教职工…', 'Loading rooms and staff…') : null}
          send={async (rows, validateOnly) => {
            const result = await importAssets({
              variables: { input: { schoolId, rows: graphRows(rows, lookups) as AssetImportRowInput[], validateOnly } },
            });
            return result.data!.importAssets.count;
          }}
          onImported={() => {
            reset();
            void refetch();
          }}
        />
      ) : null}
      <Card
        title={t('固定资产台账', 'Fixed-asset register')}
        extra={
          <Space wrap>
            <Can action="registerAsset" schoolId={schoolId}>
              <Button icon={<PlusOutlined />} disabled={!schoolId} onClick={() => setRegistering(true)} data-testid="register-asset">
                {t('登记资产', 'Register an asset')}
              </Button>
            </Can>
            <Link to={`/facilities/assets/labels${schoolId ? `?school=${schoolId}` : ''}`}>
              <Button icon={<PrinterOutlined />}>{t('资产标签', 'Labels')}</Button>
            </Link>
            <ExportButton run={exportAll} disabled={!schoolId} />
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('全部状态', 'Every status')}
            value={status}
            onChange={setStatus}
            options={Object.keys(ASSET_STATUS).map((s) => ({ value: s as AssetStatus, label: labelOf(ASSET_STATUS, s, t) }))}
            data-testid="asset-status-filter"
          />
          <ClassSelect allowClear style={{ minWidth: 220 }} classes={lookups.classes} value={classCode} onChange={setClassCode} />
          <RoomSelect allowClear style={{ minWidth: 200 }} rooms={lookups.rooms} value={roomId} onChange={setRoomId} />
          <Input
            prefix={<SearchOutlined />}
            allowClear
            style={{ width: 240 }}
            placeholder={t('编号、名称、型号或序列号', 'Tag, name, model or serial')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="asset-search"
          />
        </Space>
        {!schoolId ? (
          <Empty description={t('请选择学校', 'Choose a school')} />
        ) : error && !page ? (
          <GraphErrorResult error={error} />
        ) : (
          <PagedTable
            data-testid="asset-table"
            rowKey="id"
            loading={loading}
            page={page}
            paging={paging}
            onRow={(a) => ({ 'data-testid': 'asset-row', 'data-tag': a.tagNumber }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('资产编号', 'Tag'),
                key: 'tag',
                render: (_, a) => (
                  <Link to={`/facilities/assets/${a.id}`} data-testid="asset-link">
                    {a.tagNumber}
                  </Link>
                ),
              },
              { title: t('名称', 'Name'), dataIndex: 'name' },
              {
                title: t('分类', 'Class'),
                key: 'class',
                render: (_, a) => (a.assetClass ? t(a.assetClass.nameZh, a.assetClass.nameEn) : a.classCode),
              },
              { title: t('存放地点', 'Room'), key: 'room', render: (_, a) => (a.room ? roomDisplay(a.room) : '—') },
              { title: t('保管人', 'Custodian'), key: 'custodian', render: (_, a) => a.custodian?.name ?? '—' },
              {
                title: t('状态', 'Status'),
                key: 'status',
                render: (_, a) => <StatusTag table={ASSET_STATUS} colors={ASSET_STATUS_COLOR} status={a.status} />,
              },
              { title: t('原值', 'Cost'), key: 'cost', align: 'right', render: (_, a) => <Money value={a.cost} /> },
              { title: t('净值', 'Net book value'), key: 'nbv', align: 'right', render: (_, a) => <Money value={a.netBookValue} /> },
            ]}
          />
        )}
      </Card>
      {schoolId ? (
        <ActionModal<RegisterValues>
          open={registering}
          title={t('登记资产', 'Register an asset')}
          width={720}
          initialValues={{ tagNumber: '', name: '', acquiredOn: '', cost: '', status: 'IN_USE' }}
          onClose={() => setRegistering(false)}
          refetch={() => refetch()}
          run={async (v) => {
            const result = await registerAsset({
              variables: {
                input: {
                  schoolId,
                  tagNumber: v.tagNumber.trim(),
                  name: v.name.trim(),
                  classCode: v.classCode ?? '',
                  model: v.model?.trim() || null,
                  serialNumber: v.serialNumber?.trim() || null,
                  acquiredOn: v.acquiredOn,
                  cost: normalizeYuan(v.cost) ?? v.cost,
                  roomId: v.roomId ?? null,
                  custodianStaffId: v.custodianStaffId ?? null,
                  status: v.status ?? null,
                },
              },
            });
            const id = result.data?.registerAsset.id;
            if (id) void navigate(`/facilities/assets/${id}?school=${schoolId}`);
          }}
        >
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="tagNumber" label={t('资产编号', 'Tag number')} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={40} data-testid="asset-form-tag" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="name" label={t('资产名称', 'Name')} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={100} data-testid="asset-form-name" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="classCode" label={t('资产分类', 'Class')} rules={[{ required: true }]}>
                <ClassSelect classes={lookups.classes} registrable data-testid="asset-form-class" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="status" label={t('状态', 'Status')}>
                <Select options={SETTABLE_STATUSES.map((s) => ({ value: s, label: labelOf(ASSET_STATUS, s, t) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="model" label={t('规格型号', 'Model')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="serialNumber" label={t('出厂编号', 'Serial number')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="acquiredOn" label={t('取得日期', 'Acquired on')} rules={[{ required: true }]}>
                <Input type="date" data-testid="asset-form-acquired" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="cost"
                label={t('原值（元）', 'Cost (yuan)')}
                rules={[
                  { required: true },
                  { pattern: /^\s*¥?\s*\d[\d,]*(\.\d{1,2})?\s*$/, message: t('金额，最多两位小数', 'An amount, two decimals at most') },
                ]}
              >
                <Input inputMode="decimal" data-testid="asset-form-cost" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="roomId" label={t('存放地点', 'Room')}>
                <RoomSelect allowClear rooms={lookups.rooms} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="custodianStaffId" label={t('保管人', 'Custodian')}>
                <StaffSelect allowClear staff={lookups.staff} />
              </Form.Item>
            </Col>
          </Row>
        </ActionModal>
      ) : null}
    </Space>
  );
}
