/**
 * "Try this → what to notice" under each lab (src/components/LabPrompts.astro): `tip.<labId>.<n>.try` and
 * `tip.<labId>.<n>.notice`, n = 1, 2, … in order; `{labs:<key>}` stands for a control's label in labs.ts. Each claim is something the lab really shows with its defaults
 * (the pitfalls one is tested in src/labs/lab-prompts.test.ts).
 */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'tip.heading': 'Try this → what to notice',
    'tip.try': 'Try',
    'tip.notice': 'Notice',

    'tip.lr.1.try': 'Set the learning rate to 0.01, then 0.5, then 1.5 (the three of the Lesson 9 cell).',
    'tip.lr.1.notice': '0.01 crawls, 0.5 reaches the noise floor of the data, 1.5 overshoots further every step and the loss grows without end.',
    'tip.lr.2.try': 'From 0.5, raise the learning rate slowly.',
    'tip.lr.2.notice': 'Before it diverges, the verdict becomes “{labs:lr.v.oscillating}”: the weight jumps across the bottom yet the loss still falls. The safe range ends sooner than you think.',

    'tip.race.1.try': 'Untick “{labs:race.ownLr}”, then move the shared learning rate from 0.001 to 0.05.',
    'tip.race.1.notice': 'The order of the race changes: there is no best optimizer, only a good optimizer at a suitable learning rate.',
    'tip.race.2.try': 'On Rosenbrock, watch the paths step by step.',
    'tip.race.2.notice': 'Reaching the curved valley is quick; travelling along its flat floor to the ★ is what takes the steps.',

    'tip.schedules.1.try': 'Pick OneCycleLR and move the initial learning rate slider.',
    'tip.schedules.1.notice': 'The curve does not change: OneCycleLR sets the learning rate from max_lr and ignores the optimizer’s lr.',
    'tip.schedules.2.try': 'Pick CosineAnnealingLR and give it more epochs than T_max.',
    'tip.schedules.2.notice': 'After T_max the learning rate climbs back up: the cosine keeps going. Set T_max to the length of your run.',

    'tip.inside.1.try': 'Choose Adam and press “{labs:inside.stepOnce}”.',
    'tip.inside.1.notice': 'On step 1, m̂ / √v̂ is ±1, so the weight moves by exactly one learning rate, whatever the size of the gradient.',
    'tip.inside.2.try': 'Choose RMSprop and press “{labs:inside.stepOnce}”.',
    'tip.inside.2.notice': 'With no bias correction, square_avg starts at 0.01·g², so the first step is about 10 learning rates.',

    'tip.pitfalls.1.try': 'Switch on “{labs:pit.s.adamWeightDecay}”.',
    'tip.pitfalls.1.notice': 'The weight norm ends below AdamW’s (compare with the dashed line) and the loss a little higher: divided by √v̂, the decay pulls hardest when the gradients get small.',
    'tip.pitfalls.2.try': 'Switch on “{labs:pit.s.forgetZeroGrad}”.',
    'tip.pitfalls.2.notice': 'The gradient norm ends many times larger than the correct loop’s: each backward() adds to the old .grad, so the optimizer follows the sum of all past gradients.',

    'tip.param-groups.1.try': 'Lower the backbone’s learning rate ten times.',
    'tip.param-groups.1.notice': 'On the log-scale update chart, the backbone’s line drops by about ten times while the head’s stays put: each group steps with its own lr.',
    'tip.param-groups.2.try': 'Tick “{labs:pg.cosine}”.',
    'tip.param-groups.2.notice': 'Every group follows the same cosine, each from its own starting learning rate.',
  },
  {
    'tip.heading': '试试看 → 留意什么',
    'tip.try': '试试',
    'tip.notice': '留意',

    'tip.lr.1.try': '把学习率依次设为 0.01、0.5、1.5（第 9 课代码单元里的三个值）。',
    'tip.lr.1.notice': '0.01 慢慢爬，0.5 降到数据的噪声底线，1.5 每一步都冲得更远，损失无止境地变大。',
    'tip.lr.2.try': '从 0.5 开始，慢慢调大学习率。',
    'tip.lr.2.notice': '在发散之前，判定会先变成“{labs:lr.v.oscillating}”：权重在谷底两侧跳动，损失却仍在下降。安全范围比你想的结束得早。',

    'tip.race.1.try': '取消勾选“{labs:race.ownLr}”，再把共用学习率从 0.001 调到 0.05。',
    'tip.race.1.notice': '比赛名次变了：没有最好的优化器，只有配上合适学习率的好优化器。',
    'tip.race.2.try': '在 Rosenbrock 上一步一步看路径。',
    'tip.race.2.notice': '走进弯曲的山谷很快；沿着平坦的谷底走到 ★ 才是花步数的地方。',

    'tip.schedules.1.try': '选 OneCycleLR，然后拖动初始学习率滑块。',
    'tip.schedules.1.notice': '曲线不变：OneCycleLR 按 max_lr 设定学习率，忽略优化器的 lr。',
    'tip.schedules.2.try': '选 CosineAnnealingLR，让 epoch 数多于 T_max。',
    'tip.schedules.2.notice': '过了 T_max，学习率又往上爬：余弦曲线会继续走下去。把 T_max 设成训练的总长度。',

    'tip.inside.1.try': '选 Adam，点“{labs:inside.stepOnce}”。',
    'tip.inside.1.notice': '第 1 步时 m̂ / √v̂ 是 ±1，所以不管梯度多大，权重都正好移动一个学习率。',
    'tip.inside.2.try': '选 RMSprop，点“{labs:inside.stepOnce}”。',
    'tip.inside.2.notice': '没有偏差修正，square_avg 从 0.01·g² 开始，所以第一步大约是 10 个学习率。',

    'tip.pitfalls.1.try': '打开“{labs:pit.s.adamWeightDecay}”。',
    'tip.pitfalls.1.notice': '权重范数最后低于 AdamW（对照虚线），损失也略高：衰减项被 √v̂ 相除，梯度变小时反而拉得最狠。',
    'tip.pitfalls.2.try': '打开“{labs:pit.s.forgetZeroGrad}”。',
    'tip.pitfalls.2.notice': '梯度范数最后比正确循环大很多倍：每次 backward() 都加到旧的 .grad 上，优化器跟着的是所有历史梯度的总和。',

    'tip.param-groups.1.try': '把主干的学习率调小十倍。',
    'tip.param-groups.1.notice': '在对数刻度的更新图上，主干那条线下降约十倍，头部那条不动：每个参数组按自己的 lr 更新。',
    'tip.param-groups.2.try': '勾选“{labs:pg.cosine}”。',
    'tip.param-groups.2.notice': '每个参数组都沿着同样的余弦曲线变化，各自从自己的初始学习率出发。',
  },
);
