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
import { F32_CASES } from '../../tests/golden/f32-cases';
import { LBFGS_CASES, SCHED_UNIT_CASES, TRAJECTORY_CASES } from '../../src/engine/optim/__fixtures__/cases';
import { fingerprint } from '../../tests/golden/compare';
import { CLIP_CASES, DATA_CASES, DROPOUT_CASES, REPR_CASES, RESUME_CASES, RESUME_PROBLEM } from '../../tests/golden/loop-cases';

const out = join(dirname(fileURLToPath(import.meta.url)), 'cases.json');
/** each entry gets `_fp` (fingerprint of the entry as written in the table), copied into the fixture */
const fp = <T extends object>(table: T[]) => table.map((c) => ({ ...c, _fp: fingerprint(c) }));
const cases = {
  problems: PROBLEMS, optim: fp(OPTIM_CASES), sched: fp(SCHED_CASES), ops: fp(OP_CASES), losses: fp(LOSS_CASES),
  rng: fp(RNG_CASES), print: fp(PRINT_CASES), errors: ERROR_CASES, f32: fp(F32_CASES),
  engine_trajectories: fp(TRAJECTORY_CASES), engine_sched: fp(SCHED_UNIT_CASES), engine_lbfgs: fp(LBFGS_CASES),
};
writeFileSync(out, JSON.stringify(cases, null, 1) + '\n');
console.log(`wrote ${out}: ${OPTIM_CASES.length} optim, ${SCHED_CASES.length} sched, ${OP_CASES.length} ops, ${LOSS_CASES.length} losses, ${RNG_CASES.length} rng, ${PRINT_CASES.length} print, ${ERROR_CASES.length} errors, ${F32_CASES.length} f32, ${TRAJECTORY_CASES.length + SCHED_UNIT_CASES.length + LBFGS_CASES.length} engine`);

// the training-loop cases (gen_loop.py) go to their own file, so their 200 entries stay out of cases.json's diffs
const loop = {
  data: fp(DATA_CASES), clip: fp(CLIP_CASES), dropout: fp(DROPOUT_CASES), repr: fp(REPR_CASES), resume: fp(RESUME_CASES),
  resume_problem: RESUME_PROBLEM,
};
writeFileSync(join(dirname(out), 'cases-loop.json'), JSON.stringify(loop) + '\n');
