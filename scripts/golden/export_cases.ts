/**
 * Writes scripts/golden/cases.json from the TypeScript case tables, so the Python generators and the
 * vitest suites use the very same cases (names, options, problem data).
 * Run: npx tsx scripts/golden/export_cases.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPTIM_CASES, PROBLEMS } from '../../tests/optim-cases';
import { SCHED_CASES } from '../../tests/golden/sched-cases';
import { LOSS_CASES, OP_CASES } from '../../tests/golden/ops-cases';
import { RNG_CASES } from '../../tests/golden/rng-cases';
import { PRINT_CASES } from '../../tests/golden/print-cases';
import { ERROR_CASES } from '../../tests/golden/error-cases';

const out = join(dirname(fileURLToPath(import.meta.url)), 'cases.json');
const cases = { problems: PROBLEMS, optim: OPTIM_CASES, sched: SCHED_CASES, ops: OP_CASES, losses: LOSS_CASES, rng: RNG_CASES, print: PRINT_CASES, errors: ERROR_CASES };
writeFileSync(out, JSON.stringify(cases, null, 1) + '\n');
console.log(`wrote ${out}: ${OPTIM_CASES.length} optim, ${SCHED_CASES.length} sched, ${OP_CASES.length} ops, ${LOSS_CASES.length} losses, ${RNG_CASES.length} rng, ${PRINT_CASES.length} print, ${ERROR_CASES.length} errors`);
