/** The labs' "try this → what to notice" prompts: every lab has some, labels resolve, and the claims hold. */
import { describe, expect, it } from 'vitest';
import prompts from '../i18n/strings/lab-prompts';
import labs from '../i18n/strings/labs';
import { LAB_IDS } from './registry';
import { labPrompts } from './prompts';
import { NO_PITFALLS, runLoop } from './pitfalls';
import { INSIDE_LR, InsideSession } from './inside';
import { classifyLr, runLr } from './lr';

describe('lab prompts', () => {
  it('every lab has at least two, in both languages, and every {labs:key} is a real label', () => {
    for (const id of LAB_IDS) expect(labPrompts(id).length, id).toBeGreaterThanOrEqual(2);
    for (const lang of ['en', 'zh'] as const) {
      for (const text of Object.values(prompts[lang])) {
        for (const m of text.matchAll(/\{labs:([\w.-]+)\}/g)) expect(labs[lang], m[1]).toHaveProperty([m[1]!]);
      }
    }
  });

  it('pitfalls (default settings): Adam + weight_decay ends with a smaller weight norm and a higher loss than AdamW', () => {
    const adam = runLoop({ ...NO_PITFALLS, adamWeightDecay: true });
    const adamw = runLoop(NO_PITFALLS);
    expect(adam.loss.at(-1)!).toBeGreaterThan(1.1 * adamw.loss.at(-1)!);
    expect(adam.weightNorm.at(-1)!).toBeLessThan(adamw.weightNorm.at(-1)! - 0.03);
  });

  it('pitfalls: without zero_grad() the gradient norm ends many times larger than the correct loop’s', () => {
    const bad = runLoop({ ...NO_PITFALLS, forgetZeroGrad: true }).gradNorm;
    const ok = runLoop(NO_PITFALLS).gradNorm;
    expect(bad.at(-1)!).toBeGreaterThan(10 * ok.at(-1)!);
  });

  it('inside: Adam’s first step moves the weight by one lr, RMSprop’s by about 10 lr', () => {
    const adam = new InsideSession('adam', INSIDE_LR.adam, 'weight').step();
    expect(Math.abs(adam.after - adam.before)).toBeCloseTo(INSIDE_LR.adam, 5);
    const rms = new InsideSession('rmsprop', INSIDE_LR.rmsprop, 'weight').step();
    const k = Math.abs(rms.after - rms.before) / INSIDE_LR.rmsprop;
    expect(k).toBeGreaterThan(9.9);
    expect(k).toBeLessThan(10.1);
  });

  it('lr: 0.01 is slow, 0.5 converges, 1.5 diverges, and "weight zigzags" comes between 0.5 and the first divergence', () => {
    expect(['slow', 'stuck']).toContain(classifyLr(runLr(0.01)));
    expect(classifyLr(runLr(0.5))).toBe('converged');
    expect(classifyLr(runLr(1.5))).toBe('diverged');
    const verdicts: string[] = [];
    for (let lr = 0.5; lr <= 1.5; lr += 0.05) verdicts.push(classifyLr(runLr(lr)));
    const firstDiverged = verdicts.indexOf('diverged');
    expect(verdicts.slice(0, firstDiverged)).toContain('oscillating');
  });
});
