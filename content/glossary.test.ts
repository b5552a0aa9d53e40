import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Term {
  id: string;
  en: string;
  zh: string;
  note?: { en: string; zh: string };
}
const terms = parse(readFileSync(new URL('./glossary.yml', import.meta.url), 'utf8')) as Term[];

// The course's fixed translations (the project brief's term list).
const REQUIRED: Record<string, string> = {
  'learning rate': '学习率',
  gradient: '梯度',
  optimizer: '优化器',
  loss: '损失',
  'loss function': '损失函数',
  momentum: '动量',
  'weight decay': '权重衰减',
  parameter: '参数',
  'parameter group': '参数组',
  'learning-rate scheduler': '学习率调度器',
  epoch: '轮',
  step: '步',
  'training loop': '训练循环',
  'forward pass': '前向传播',
  'backward pass': '反向传播',
  backpropagation: '反向传播',
  overfitting: '过拟合',
  converge: '收敛',
  diverge: '发散',
  oscillate: '震荡',
  regularization: '正则化',
  'bias correction': '偏差修正',
  'adaptive learning rate': '自适应学习率',
  checkpoint: '小测验',
  exercise: '练习',
};

describe('content/glossary.yml', () => {
  it('has every required term with its fixed Chinese translation', () => {
    const byEn = new Map(terms.map((t) => [t.en, t.zh]));
    for (const [en, zh] of Object.entries(REQUIRED)) expect(byEn.get(en), en).toBe(zh);
  });
  it('has unique kebab-case ids and unique English terms', () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(terms.map((t) => t.en)).size).toBe(terms.length);
  });
  it('gives notes in both languages or in neither, with balanced code marks', () => {
    for (const t of terms) {
      if (!t.note) continue;
      for (const lang of ['en', 'zh'] as const) {
        expect(t.note[lang]?.trim(), `${t.id} ${lang}`).toBeTruthy();
        expect((t.note[lang].match(/`/g) ?? []).length % 2, `${t.id} ${lang} backticks`).toBe(0);
      }
    }
  });
});
