import { Flex, Table, Typography, theme, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { FindingRow } from '../findings-list';
import { UNIT_ROLE_LABELS, findingsWithin } from '../plan-labels';
import { TargetList } from '../target-text';
import { tasksOf } from './import-labels';
import type { DocumentSection, DocumentTask, PlanDocument } from './import-types';

type Row = DocumentTask & { section: string | null; findings: PlanDocument['findings'] };
const names = (list: readonly string[]) => (list.length > 0 ? list.join('、') : '—');

/**
 * The document's tasks as the breakdown table will hold them; a task the check found something
 * about is highlighted, with the findings on its row (matched by the task's lines).
 */
export function ImportTasksTable({ sections, findings }: { sections: readonly DocumentSection[]; findings: PlanDocument['findings'] }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const rows: Row[] = tasksOf(sections).map((task) => ({ ...task, findings: findingsWithin(findings, task.line, task.endLine) }));
  const columns: TableColumnsType<Row> = [
    { title: t('plan.task.number'), dataIndex: 'number', width: 64, align: 'center' },
    {
      title: t('plan.task.title'),
      key: 'title',
      render: (_, task) => (
        <>
          <Typography.Text strong>{task.title}</Typography.Text>{' '}
          <Typography.Text type="secondary">{t('plan.findings.line', { line: task.line })}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ marginBottom: 0 }}>
            {task.text}
          </Typography.Paragraph>
        </>
      ),
    },
    { title: t(UNIT_ROLE_LABELS.lead), key: 'lead', width: 130, render: (_, task) => names(task.leadUnits) },
    { title: t(UNIT_ROLE_LABELS.responsible), key: 'responsible', width: 200, render: (_, task) => names(task.responsibleUnits) },
    { title: t(UNIT_ROLE_LABELS.cooperating), key: 'cooperating', width: 120, render: (_, task) => names(task.cooperatingUnits) },
    { title: t('plan.targets'), key: 'targets', width: 240, render: (_, task) => <TargetList targets={task.targets} /> },
    {
      title: t('plan.tab.findings'),
      key: 'findings',
      width: 300,
      render: (_, task) =>
        task.findings.length === 0 ? '—' : (
          <Flex vertical gap={4}>
            {task.findings.map((finding, index) => <FindingRow key={index} finding={finding} />)}
          </Flex>
        ),
    },
  ];
  return (
    <Table
      size="small"
      bordered
      rowKey="number"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1300, y: 560 }}
      onRow={(task) =>
        ({
          'data-testid': `plan-import-task-${task.number}`,
          style: task.findings.length > 0 ? { background: task.findings.some((f) => f.severity === 'error') ? token.colorErrorBg : token.colorWarningBg } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
