/**
 * The source dictionary: Chinese is the product's first language, so every message is written
 * here first and `en.ts` must follow key for key (the compiler enforces it).
 *
 * Keys are flat and dotted (`area.thing`) so a key found in a component can be grepped here.
 * Placeholders are `{name}`; `en.ts` must use the same ones (a unit test checks it).
 */
export const zhCN = {
  'app.name': '落实',
  'app.title': '落实 · 实施方案落实平台',
  'app.subtitle': '实施方案落实平台',
  'app.tagline': '实施方案的任务分解、进度填报、指标监测与督查督办',

  'lang.label': '界面语言',

  'login.title': '登录',
  'login.login.label': '用户名',
  'login.login.placeholder': '请输入用户名',
  'login.login.required': '请输入用户名',
  'login.password.label': '密码',
  'login.password.placeholder': '请输入密码',
  'login.password.required': '请输入密码',
  'login.submit': '登录',

  'auth.checking': '正在确认登录状态…',
  'auth.checkFailed': '无法确认登录状态',
  'auth.retry': '重试',

  'nav.home': '工作台',
  'nav.plan': '实施方案',
  'nav.reports': '进度填报',
  'nav.indicators': '指标监测',
  'nav.cockpit': '领导驾驶舱',
  'nav.documents': '公文通报',
  'nav.supervision': '督查督办',
  'nav.meetings': '工作会议',
  'nav.assessment': '年度考核',
  'nav.admin': '系统管理',
  'nav.units': '单位',
  'nav.accounts': '账户',
  'nav.audit': '审计日志',
  'nav.comingSoon': '即将上线',
  'nav.comingSoonItem': '{name}（即将上线）',
  'nav.open': '打开导航',

  'role.admin': '系统管理员',
  'role.auditor': '审计管理员',
  'role.office': '领导小组办公室',
  'role.supervisor': '督查室',
  'role.leader': '县领导',
  'role.unit_reporter': '单位填报员',
  'role.unit_head': '单位负责人',

  'layout.accountMenu': '账户菜单',
  'layout.signOut': '退出登录',
  'layout.demoBanner': '演示数据，仅供体验',
  'layout.loading': '加载中…',

  'home.greeting': '你好，{name}',
  'home.account': '账户信息',
  'home.displayName': '姓名',
  'home.login': '用户名',
  'home.unit': '所属单位',
  'home.region': '所属地区',
  'home.roles': '角色',
  'home.none': '无',
  'home.noRoles': '你的账户尚未分配角色，请联系系统管理员。',
  'home.areas': '可用功能',
  'home.areasHint': '按你的角色列出，共 {count} 项',
  'home.open': '进入',

  'notFound.title': '页面不存在',
  'notFound.subtitle': '你访问的页面不存在，或者尚未上线。',
  'notFound.back': '返回工作台',

  'forbidden.title': '无权访问',
  'forbidden.subtitle': '你的角色不能使用这项功能。如需开通，请联系系统管理员。',

  'routeError.title': '页面加载失败',
  'routeError.description': '可能是系统刚刚更新过。请重新加载页面；如果问题仍然存在，请联系系统管理员。',
  'routeError.reload': '重新加载',

  'error.invalid_credentials': '用户名或密码错误',
  'error.account_locked': '账户已锁定，请稍后再试或联系管理员',
  'error.rate_limited': '操作过于频繁，请稍后再试',
  'error.validation_failed': '填写的内容不完整或格式不正确，请检查后重试',
  'error.unauthenticated': '登录已失效，请重新登录',
  'error.forbidden': '你没有权限进行此操作',
  'error.not_found': '请求的内容不存在',
  'error.server': '服务器暂时出现问题，请稍后再试',
  'error.network': '无法连接服务器，请检查网络后重试',
  'error.generic': '操作未成功，请稍后再试',
} as const;
