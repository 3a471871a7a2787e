import { isMissing, type Missing } from '../lib/figure';
import { ENGINES, type BenchResults } from './results';

const pad = (value: string | number, width: number) => String(value).padStart(width);
const show = (figure: number | Missing, unit = '') => (isMissing(figure) ? `— (${figure.reason})` : `${figure}${unit}`);

function httpLines(results: BenchResults): string[] {
  const { connections, httpDurationS } = results.settings;
  const lines = [
    `HTTP: ${connections} connections, ${httpDurationS} s per route`,
    `  ${'engine'.padEnd(9)}${'route'.padEnd(15)}${pad('req/s', 8)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('÷framework', 12)}${pad('÷database', 11)}${pad('RSS MB', 8)}${pad('errors', 8)}`,
  ];
  for (const engine of ENGINES) {
    const routes = results.http[engine];
    if (isMissing(routes)) {
      lines.push(`  ${engine.padEnd(9)}— (${routes.reason})`);
      continue;
    }
    const memory = results.memory[engine];
    for (const [key, route] of Object.entries(routes)) {
      if (isMissing(route)) {
        lines.push(`  ${engine.padEnd(9)}${key.padEnd(15)}— (${route.reason})`);
        continue;
      }
      const rss = isMissing(memory) ? '' : (memory[key] ?? '');
      lines.push(
        `  ${engine.padEnd(9)}${key.padEnd(15)}${pad(route.rps, 8)}${pad(route.p50Ms ?? '—', 8)}${pad(route.p99Ms ?? '—', 8)}${pad(route.ratioToFramework.toFixed(3), 12)}${pad(route.ratioToDatabase.toFixed(3), 11)}${pad(rss, 8)}${pad(route.errors, 8)}`,
      );
    }
  }
  return lines;
}

function dataLines(results: BenchResults): string[] {
  return ENGINES.map((engine) => {
    const data = results.data[engine];
    if (isMissing(data)) return `  ${engine.padEnd(9)}— (${data.reason})`;
    const { history } = data;
    return [
      `  ${engine.padEnd(9)}${data.counties} counties (${data.units} units, ${data.accounts} accounts, ${data.tasks} tasks, ${data.taskUnits} task units), ${history.periods} quarters, ${history.reports} reports, ${history.versions} submitted versions, ${history.indicatorValues} indicator values`,
      `  ${''.padEnd(9)}in ${(data.generateMs / 1000).toFixed(1)} s (${data.msPerCounty} ms a county; empty database ${(data.setupMs / 1000).toFixed(1)} s)`,
    ].join('\n');
  });
}

function burstLines(results: BenchResults): string[] {
  return ENGINES.map((engine) => {
    const burst = results.burst[engine];
    if (isMissing(burst)) return `  ${engine.padEnd(9)}— (${burst.reason})`;
    return `  ${engine.padEnd(9)}${burst.submissions} at once: p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms, ${burst.errors} errors, ${burst.rowsVerified.submitted} submitted and ${burst.rowsVerified.versions} versions verified (${burst.wallMs} ms in all)`;
  });
}

/** The run as a readable table for the terminal; results.json holds the same figures. */
export function formatResults(results: BenchResults): string {
  const { machine, web, documents, parser } = results;
  const xlsx = documents.taskBreakdownXlsx;
  return [
    '',
    `Luoshi bench (${results.mode}), ${results.durationS} s, ${results.startedAt}`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres ?? '—'}`,
    `Load average (1 min): ${machine.loadAverage1m} at the start, ${Object.entries(machine.loadAverage1mAt).map(([phase, load]) => `${load} at ${phase}`).join(', ')}`,
    '',
    'Synthetic data (seed ' + results.settings.seed + ')',
    ...dataLines(results),
    '',
    ...httpLines(results),
    '',
    'Submission burst',
    ...burstLines(results),
    '',
    `Parser: Helan ${parser.helanMs} ms (median of 50 warm runs); ${parser.mbPerS} MB/s on Helan × 50`,
    `Documents: task breakdown .xlsx ${xlsx.ms} ms, ${xlsx.kb} kB (Helan, median of ${xlsx.runs}); quarterly circular .docx ${ENGINES.map((kind) => {
      const figure = documents.quarterlyCircularDocx[kind];
      return `${kind} ${isMissing(figure) ? `— (${figure.reason})` : `${figure.ms} ms median, max ${figure.maxMs} ms, ${figure.kb} kB (${figure.periodKey}, ${figure.runs} runs)`}`;
    }).join('; ')}`,
    `Web: initial JS ${show(web.initialJsGzipKb, ' kB gzip')} (${show(web.initialJsKb, ' kB raw')}); login first render ${show(web.loginFirstRenderMs, ' ms')}; cockpit first render ${show(web.cockpitFirstRenderMs, ' ms')}, on a county network ${show(web.cockpitFirstRenderCountyNetworkMs, ' ms')}`,
    '',
  ].join('\n');
}
