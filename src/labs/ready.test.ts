import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labsFromFiles } from '../site/labs';
import { READY_LABS } from './ready';

describe('ready labs', () => {
  it('the lab pages route (which the sidebar reads) lists exactly the ready labs', () => {
    const text = readFileSync('src/pages/[lang]/labs/[id].astro', 'utf8');
    expect(labsFromFiles(['[id].astro'], () => text)).toEqual([...READY_LABS].sort((a, b) => order(a) - order(b)));
  });
});

const ORDER = ['race', 'inside', 'schedules', 'lr', 'pitfalls', 'param-groups'];
const order = (id: string) => ORDER.indexOf(id);
