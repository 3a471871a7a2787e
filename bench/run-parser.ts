// Prints the parser benchmark: `npx tsx bench/run-parser.ts`.
import { benchParser } from './parser.bench';

const result = await benchParser();
console.log(JSON.stringify(result));
console.log(`Helan: ${result.helanMs} ms (median of 50 warm runs; budget 20 ms). Throughput: ${result.mbPerS} MB/s.`);
