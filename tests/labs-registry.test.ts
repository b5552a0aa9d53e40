import { describe, expect, it } from 'vitest';
import labsStrings from '../src/i18n/strings/labs';
import { LAB_IDS, LABS, labDescKey, labTitleKey, presetProblem } from '../src/labs/registry';
import { LR_MAX, LR_MIN } from '../src/labs/lr';

// The lab registry (src/labs/registry.ts) is the one list of labs: everything else derives from it.
describe('lab registry', () => {
  it('every lab has a title and a description in both languages', () => {
    for (const id of LAB_IDS) {
      for (const lang of ['en', 'zh'] as const) {
        expect(labsStrings[lang][labTitleKey(id)], `${lang} ${labTitleKey(id)}`).toBeTruthy();
        expect(labsStrings[lang][labDescKey(id)], `${lang} ${labDescKey(id)}`).toBeTruthy();
      }
    }
  });

  it('the lr preset range is the lab’s own range', () => {
    expect(LABS.lr.preset).toMatchObject({ min: LR_MIN, max: LR_MAX });
  });

  it('checks presets: known values pass, others say what is allowed', async () => {
    expect(await presetProblem('race', 'rosenbrock')).toBeNull();
    expect(await presetProblem('race', 'nope')).toMatch(/one of rosenbrock, bowl/);
    expect(await presetProblem('schedules', 'cosine')).toBeNull();
    expect(await presetProblem('inside', 'adamw')).toBeNull();
    expect(await presetProblem('lr', '0.5')).toBeNull();
    expect(await presetProblem('lr', '9')).toMatch(/a number in/);
    expect(await presetProblem('pitfalls', 'x')).toMatch(/takes no preset/);
    expect(await presetProblem('pitfalls', undefined)).toBeNull();
  });

  it('URL keys are unique within a lab and never "lab" (the hash names the lab with it)', () => {
    for (const id of LAB_IDS) {
      const keys = LABS[id].urlKeys;
      expect(new Set(keys).size, id).toBe(keys.length);
      expect(keys, id).not.toContain('lab');
    }
  });
});
