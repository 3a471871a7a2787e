import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { UnitKindTag } from './unit-kind';
import type { Unit } from './unit-types';

const MEMBERS_SHOWN = 4;

interface UnitsTableProps {
  units: readonly Unit[];
  /** Every unit of the county, to name parents and members that the search filtered out. */
  allUnits: readonly Unit[];
  loading: boolean;
  onEdit: (unit: Unit) => void;
}

/** The registry as a table: name, kind, aliases, parent, members (groups), status. */
export function UnitsTable({ units, allUnits, loading, onEdit }: UnitsTableProps) {
  const { t } = useI18n();
  const isPhone = Grid.useBreakpoint().md === false;
  const nameOf = new Map(allUnits.map((unit) => [unit.id, unit.name]));

  const columns: TableColumnsType<Unit> = [
    { title: t('units.field.name'), dataIndex: 'name', width: 220, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: t('units.field.kind'), dataIndex: 'kind', width: 110, render: (_, unit) => <UnitKindTag kind={unit.kind} /> },
    {
      title: t('units.field.aliases'),
      dataIndex: 'aliases',
      render: (aliases: string[]) => (aliases.length > 0 ? <TagList items={aliases} /> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t('units.field.parent'),
      dataIndex: 'parentId',
      width: 180,
      render: (parentId: string | null) => (parentId ? nameOf.get(parentId) ?? '—' : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t('units.field.members'),
      dataIndex: 'memberIds',
      render: (memberIds: string[], unit) =>
        unit.kind === 'group' ? <TagList items={memberIds.map((id) => nameOf.get(id) ?? id)} /> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('units.field.status'),
      dataIndex: 'isActive',
      width: 90,
      render: (isActive: boolean) => (isActive ? <Tag color="success">{t('units.status.active')}</Tag> : <Tag>{t('units.status.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      // Pinned on wide screens only: on a phone it would cover most of the table.
      fixed: isPhone ? undefined : 'right',
      render: (_, unit) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(unit)} data-testid={`unit-edit-${unit.id}`}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units as Unit[]}
      loading={loading}
      scroll={{ x: 1000 }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (total) => t('common.total', { count: total }) }}
    />
  );
}

/** Tags for a list of names; beyond a few, a "+N" tag whose tooltip lists the rest. */
function TagList({ items }: { items: readonly string[] }) {
  const shown = items.slice(0, MEMBERS_SHOWN);
  const rest = items.slice(MEMBERS_SHOWN);
  return (
    <Flex wrap gap={4}>
      {shown.map((item) => (
        <Tag key={item} style={{ marginInlineEnd: 0 }}>
          {item}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.join('、')}>
          <Tag style={{ marginInlineEnd: 0 }}>+{rest.length}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
