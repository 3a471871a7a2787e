import { Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { LightTag, NoticeTags } from '../supervision/light-tags';
import type { Unit } from '../units/unit-types';
import { useMeetingWrites, type Meeting } from './meetings-api';

/** One meeting: 重点难点 (agenda), attendees and minutes, and decisions each followed as a notice. */
export function MeetingDetail({ meeting, units, canManage }: { meeting: Meeting; units: readonly Unit[]; canManage: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const writes = useMeetingWrites(meeting.planId);
  const [attendees, setAttendees] = useState(meeting.attendees);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [form] = Form.useForm<{ text: string; unitId: string; dueDate: Dayjs }>();
  const fail = (error: unknown) => void message.error(t(errorMessageKey(error)));

  const saveMinutes = () =>
    writes.update.mutate({ id: meeting.id, title: meeting.title, heldOn: meeting.heldOn, attendees, minutes }, { onSuccess: () => void message.success(t('meetings.saved')), onError: fail });
  const decide = (values: { text: string; unitId: string; dueDate: Dayjs }) =>
    writes.decide.mutate(
      { meetingId: meeting.id, text: values.text, unitId: values.unitId, dueDate: values.dueDate.format('YYYY-MM-DD') },
      { onSuccess: (result) => { void message.success(t('meetings.decided', { number: result.notice.number })); form.resetFields(); }, onError: fail },
    );

  return (
    <Flex vertical gap={16} data-testid="meeting-detail">
      <Card size="small" title={t('meetings.agenda')} data-testid="meeting-agenda">
        {meeting.agenda.length === 0 ? <Empty description={t('supervision.allGreen')} /> : (
          <Flex vertical gap={8}>
            {meeting.agenda.map((item) => (
              <div key={`${item.kind}-${item.id}`} data-testid={`agenda-${item.kind}-${item.id}`}>
                <LightTag light={item.light} /> <Typography.Text strong>{item.label}</Typography.Text>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{item.reasons.join('；')}</Typography.Paragraph>
              </div>
            ))}
          </Flex>
        )}
      </Card>
      <Card size="small" title={t('meetings.minutes')}>
        <Flex vertical gap={8}>
          <Select mode="tags" value={attendees} onChange={setAttendees} disabled={!canManage} placeholder={t('meetings.attendees')} tokenSeparators={['、', '，', ',']} aria-label={t('meetings.attendees')} id="meeting-attendees" />
          <Input.TextArea id="meeting-minutes" value={minutes} onChange={(e) => setMinutes(e.target.value)} readOnly={!canManage} autoSize={{ minRows: 4, maxRows: 16 }} maxLength={50_000} />
          {canManage && <Flex justify="flex-end"><Button type="primary" loading={writes.update.isPending} onClick={saveMinutes} data-testid="meeting-save">{t('common.save')}</Button></Flex>}
        </Flex>
      </Card>
      <Card size="small" title={t('meetings.decisions')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 700 }}
          dataSource={meeting.decisions}
          columns={[
            { title: t('meetings.decision'), dataIndex: 'text' },
            { title: t('supervision.field.unit'), dataIndex: 'unitName', width: 140 },
            { title: t('supervision.field.dueDate'), dataIndex: 'dueDate', width: 110 },
            { title: t('supervision.field.status'), key: 'notice', width: 220, render: (_, d) => d.notice && <Link to={`/notices/${d.notice.id}`}><NoticeTags status={d.notice.status} level={d.notice.level} /></Link> },
          ]}
        />
        {canManage && (
          <Form form={form} layout="vertical" onFinish={decide} style={{ marginTop: 12 }} initialValues={{ dueDate: dayjs().add(30, 'day') }} data-testid="decision-form">
            <Form.Item name="text" htmlFor="decision-text" label={t('meetings.decision')} rules={[{ required: true, whitespace: true, message: t('meetings.decision.required') }]}>
              <Input.TextArea id="decision-text" autoSize={{ minRows: 2 }} maxLength={2000} />
            </Form.Item>
            <Flex wrap gap={8}>
              <Form.Item name="unitId" htmlFor="decision-unit" label={t('supervision.field.unit')} rules={[{ required: true, message: t('supervision.form.unit.required') }]} style={{ flex: '1 1 220px' }}>
                <Select id="decision-unit" showSearch={{ optionFilterProp: 'label' }} options={units.filter((u) => u.kind !== 'group' && u.isActive).map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
              <Form.Item name="dueDate" htmlFor="decision-dueDate" label={t('supervision.field.dueDate')} rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
                <DatePicker id="decision-dueDate" allowClear={false} disabledDate={(day) => day.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
            <Button type="primary" htmlType="submit" loading={writes.decide.isPending} data-testid="decision-add">{t('meetings.addDecision')}</Button>
          </Form>
        )}
      </Card>
    </Flex>
  );
}
