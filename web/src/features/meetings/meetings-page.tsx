import { Alert, Button, Card, DatePicker, Empty, Flex, Form, Input, List, Modal, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useSignedInAccount } from '../auth/signed-in-account';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { useUnits } from '../units/units-api';
import { MeetingDetail } from './meeting-detail';
import { useMeeting, useMeetings, useMeetingWrites } from './meetings-api';

/** 工作会议 (office holds them; leaders and the supervision office read): quarterly work meetings. */
export function MeetingsPage() {
  const { t } = useI18n();
  const message = useAppMessage();
  const account = useSignedInAccount();
  const canManage = account.roles.includes('office');
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const meetings = useMeetings(planId);
  const selectedId = params.get('meeting') ?? meetings.data?.[0]?.id;
  const meeting = useMeeting(selectedId);
  const units = useUnits();
  const writes = useMeetingWrites(planId ?? '');
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ title: string; heldOn: Dayjs; attendees: string[] }>();
  const error = plans.error ?? meetings.error ?? meeting.error;

  const create = (values: { title: string; heldOn: Dayjs; attendees: string[] }) =>
    writes.create.mutate(
      { title: values.title, heldOn: values.heldOn.format('YYYY-MM-DD'), attendees: values.attendees ?? [] },
      { onSuccess: (created) => { setCreating(false); setParams({ meeting: created.id }); }, onError: (e) => void message.error(t(errorMessageKey(e))) },
    );

  return (
    <Flex vertical gap={16} data-testid="meetings-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('meetings.title')}</Typography.Title>
        {canManage && planId && <Button type="primary" onClick={() => setCreating(true)} data-testid="meeting-create">{t('meetings.create')}</Button>}
      </Flex>
      {error && <Alert type="error" showIcon title={t(errorMessageKey(error))} />}
      <Card size="small">
        {meetings.isPending ? <Skeleton active /> : (meetings.data ?? []).length === 0 ? <Empty description={t('meetings.none')} /> : (
          <List
            size="small"
            dataSource={meetings.data ?? []}
            renderItem={(m) => (
              <List.Item onClick={() => setParams({ meeting: m.id })} style={{ cursor: 'pointer', fontWeight: m.id === selectedId ? 600 : 400 }} data-testid={`meeting-${m.id}`}>
                {m.heldOn} {m.title} <Typography.Text type="secondary">{t('meetings.agendaCount', { count: m.agendaItems })}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
      {meeting.data && <MeetingDetail key={meeting.data.id} meeting={meeting.data} units={units.data ?? []} canManage={canManage} />}
      <Modal open={creating} title={t('meetings.create')} onCancel={() => setCreating(false)} onOk={() => form.submit()} okButtonProps={{ loading: writes.create.isPending }} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('meetings.createHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ heldOn: dayjs(), title: t('meetings.defaultTitle'), attendees: [] }}>
          <Form.Item name="title" htmlFor="meeting-title" label={t('meetings.field.title')} rules={[{ required: true, whitespace: true, message: t('meetings.field.title') }]}>
            <Input id="meeting-title" maxLength={200} />
          </Form.Item>
          <Form.Item name="heldOn" htmlFor="meeting-heldOn" label={t('meetings.field.heldOn')} rules={[{ required: true }]}>
            <DatePicker id="meeting-heldOn" allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="attendees" label={t('meetings.attendees')}>
            <Select mode="tags" tokenSeparators={['、', '，', ',']} aria-label={t('meetings.attendees')} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
