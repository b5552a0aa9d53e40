/**
 * The code the labs show a PyTorch reader (src/labs/code.ts) is Python that runs: the Inside lab's program and the
 * race's loop give the lab's own numbers when run as a Python cell; the pitfalls, parameter-group and schedule
 * snippets (fragments that name the reader's model and data) compile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonForNode } from '../../src/python/load';
import { executePython, type PyodideLike } from '../../src/python/execute-python';
import type { RunResult } from '../../src/runner/types';
import { INSIDE_LR, InsideSession, insideProgram } from '../../src/labs/inside';
import { defaultRace, RACERS, raceProgram, runRacer, type RaceConfig } from '../../src/labs/race';
import { loopCode, PITFALL_KEYS, type Pitfalls } from '../../src/labs/pitfalls';
import { groupsCode, PG_DEFAULT } from '../../src/labs/param-groups';
import { defaultSchedule, pythonCode, SCHEDULE_KINDS, scheduleNotes } from '../../src/labs/schedules';
import labsStrings from '../../src/i18n/strings/labs';
import { translator } from '../../src/i18n/define';

const notes = scheduleNotes(translator(labsStrings, 'en'));

let py: PyodideLike;
beforeAll(async () => {
  py = await loadPythonForNode();
}, 120_000);

const run = (code: string) => executePython(py, code) as Promise<RunResult>;
/** Compiles without running (fragments name `model`, `x`, `criterion` … of the reader's program). */
async function compiles(code: string): Promise<void> {
  const res = await run(`compile(${JSON.stringify(code)}, "lab", "exec")`);
  expect(res.status, `${res.error?.message}\n${code}`).toBe('ok');
}

describe('lab code for a PyTorch reader', () => {
  it('Inside lab: the program shown gives the lab step for step', async () => {
    for (const opt of ['sgd', 'momentum', 'adam', 'adamw', 'rmsprop', 'adagrad'] as const) {
      const s = new InsideSession(opt, INSIDE_LR[opt], 'weight');
      const ours = Array.from({ length: 3 }, () => s.step().after);
      const code = insideProgram(opt, INSIDE_LR[opt], 3, 'weight', 'py');
      expect(code).not.toContain('const ');
      const res = await run(`${code}\nprint(repr(model.weight.item()))`);
      expect(res.status, res.error?.message).toBe('ok');
      expect(Number(res.logs.at(-1))).toBe(ours[2]);
    }
  });

  it('optimizer race: the loop shown ends where the lab says', async () => {
    const formula = 'torch.pow(torch.sub(1, x), 2).add(torch.mul(100, torch.pow(torch.sub(y, torch.pow(x, 2)), 2)))';
    for (const racer of RACERS) {
      const c: RaceConfig = { ...defaultRace('rosenbrock'), racers: [racer], steps: 30 };
      const lab = runRacer(racer, c);
      const code = raceProgram(c, 'py');
      const res = await run(`${code.replace('\n\n', `\n\ndef f(x, y):\n    return ${formula}\n\n`)}\nprint(repr(x.item()), repr(y.item()))`);
      expect(res.status, `${res.error?.message}\n${code}`).toBe('ok');
      expect(res.logs.at(-1)!.split(' ').map(Number)).toEqual([lab.xs[30], lab.ys[30]]);
    }
  });

  it('pitfalls, parameter groups and schedules: every variant compiles as Python', async () => {
    const marks = { forgetZeroGrad: '忘了', schedulerFirst: 'too early', adamWeightDecay: 'L2' };
    for (let bits = 0; bits < 8; bits++) {
      const p = Object.fromEntries(PITFALL_KEYS.map((k, i) => [k, Boolean(bits & (1 << i))])) as unknown as Pitfalls;
      for (const opt of ['sgd', 'adamw'] as const) await compiles(loopCode(p, opt, marks, 'py'));
    }
    for (const splitBiases of [false, true]) for (const cosine of [false, true]) await compiles(groupsCode({ ...PG_DEFAULT, splitBiases, cosine }, 'py'));
    for (const kind of SCHEDULE_KINDS) await compiles(pythonCode(defaultSchedule(kind), notes));
  });
});
