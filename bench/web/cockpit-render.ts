// `npx tsx bench/web/cockpit-render.ts [--loads 5] [--county-network]`: the cockpit's first render on the Helan demo
// (npm start's data and history), signed in as the county leader, each load a first visit. The
// full benchmark measures the same page on a synthetic county (web.cockpitFirstRenderMs).
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, startServer } from '../../e2e/server';
import { COCKPIT_DRAWN, COUNTY_NETWORK, measureFirstRender } from './first-render';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '5' }, 'county-network': { type: 'boolean', default: false } } });
const server = await startServer();
try {
  const render = await measureFirstRender(`${server.url}/cockpit`, COCKPIT_DRAWN, Number(values.loads), { login: 'leader', password: DEMO_PASSWORD }, values['county-network'] ? COUNTY_NETWORK : undefined);
  console.log(JSON.stringify(render));
} finally {
  await server.stop();
}
