import { describe, expect, it } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { DEMO_PASSWORD } from './server';

describe("the office edits the plan's leading group (issue 4)", () => {
  const app = useAppSession();

  it('shows the group read from the document and saves a new member', async () => {
    await app.page.goto(app.server.url + '/login');
    await signIn(app.page, 'office', DEMO_PASSWORD);
    await app.page.getByTestId('app-layout').waitFor();
    await app.page.goto(app.server.url + '/plan');
    await app.page.getByTestId('plan-page').waitFor();
    await app.page.getByRole('tab', { name: '领导小组' }).click();
    const form = app.page.getByTestId('leading-group');
    await form.waitFor();
    await app.page.getByRole('button', { name: /添加成员/ }).click();
    await form.getByPlaceholder('职务（如：县政府县长）').last().fill('县政府县长');
    await app.page.getByTestId('leading-group-save').click();
    await expect.poll(() => app.page.getByText('领导小组已保存').count()).toBeGreaterThan(0);
    await app.page.screenshot({ path: screenshotPath('issue4-03-leading-group') });
    const saved = await app.page.evaluate(async () => {
      const { plans } = (await (await fetch('/api/plans')).json()) as { plans: Array<{ id: string }> };
      return (await (await fetch(`/api/plans/${plans[0]!.id}/leading-group`)).json()) as { name: string; members: Array<{ personTitle: string }> };
    });
    expect(saved.name).toContain('领导小组');
    expect(saved.members.map((m) => m.personTitle)).toContain('县政府县长');
  });

  it('lets the admin keep it too, from 系统管理 → 领导小组', async () => {
    await app.page.getByTestId('account-menu').click();
    await app.page.getByTestId('sign-out').click();
    await app.page.getByTestId('login-page').waitFor();
    await signIn(app.page, 'admin', DEMO_PASSWORD);
    await app.page.getByTestId('app-layout').waitFor();
    await app.page.goto(app.server.url + '/admin/leading-groups');
    await app.page.getByTestId('leading-groups-page').waitFor();
    await app.page.getByRole('button', { name: /添加成员/ }).click();
    await app.page.getByPlaceholder('职务（如：县政府县长）').last().fill('分管副县长');
    await app.page.getByTestId('leading-group-save').click();
    await expect.poll(() => app.page.getByText('领导小组已保存').count()).toBeGreaterThan(0);
    const titles = await app.page.evaluate(async () => {
      const { groups } = (await (await fetch('/api/leading-groups')).json()) as { groups: Array<{ group: { members: Array<{ personTitle: string }> } }> };
      return groups[0]!.group.members.map((m) => m.personTitle);
    });
    expect(titles).toEqual(['县政府县长', '分管副县长']);
  });
});
