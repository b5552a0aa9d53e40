import json, math, torch
from torch.optim import lr_scheduler as L
torch.set_default_dtype(torch.float64)
def mk():
    a = torch.zeros(2, requires_grad=True); b = torch.zeros(1, requires_grad=True)
    return torch.optim.SGD([{'params': [a]}, {'params': [b], 'lr': 0.05}], lr=0.1, momentum=0.9)
cases = [
 ('StepLR', dict(step_size=3, gamma=0.5)),
 ('StepLR', dict(step_size=1)),
 ('MultiStepLR', dict(milestones=[2, 5, 5, 8], gamma=0.5)),
 ('ConstantLR', dict(factor=0.5, total_iters=4)),
 ('ConstantLR', dict()),
 ('LinearLR', dict(start_factor=0.25, end_factor=0.75, total_iters=4)),
 ('LinearLR', dict()),
 ('ExponentialLR', dict(gamma=0.9)),
 ('PolynomialLR', dict(total_iters=6, power=2.0)),
 ('PolynomialLR', dict()),
 ('CosineAnnealingLR', dict(T_max=5)),
 ('CosineAnnealingLR', dict(T_max=4, eta_min=0.01)),
 ('CosineAnnealingWarmRestarts', dict(T_0=3)),
 ('CosineAnnealingWarmRestarts', dict(T_0=2, T_mult=2, eta_min=0.001)),
 ('CyclicLR', dict(base_lr=0.01, max_lr=0.1, step_size_up=3)),
 ('CyclicLR', dict(base_lr=[0.01, 0.02], max_lr=0.1, step_size_up=2, step_size_down=4, mode='triangular2')),
 ('CyclicLR', dict(base_lr=0.01, max_lr=0.1, step_size_up=2, mode='exp_range', gamma=0.9)),
 ('OneCycleLR', dict(max_lr=1.0, total_steps=14)),
 ('OneCycleLR', dict(max_lr=[0.5, 1.0], total_steps=14, anneal_strategy='linear', three_phase=True)),
 ('OneCycleLR', dict(max_lr=0.1, epochs=2, steps_per_epoch=7, pct_start=0.25, div_factor=10.0, final_div_factor=100.0)),
 ('LambdaLR', 'lambda'),
 ('LambdaLR', 'lambda2'),
 ('MultiplicativeLR', 'mult'),
 ('SequentialLR', 'seq'),
 ('SequentialLR', 'seq2'),
 ('ChainedScheduler', 'chain'),
 ('ReduceLROnPlateau', dict(patience=2, factor=0.5)),
 ('ReduceLROnPlateau', dict(mode='max', threshold_mode='abs', threshold=0.1, cooldown=1, patience=1, min_lr=[0.02, 0.03])),
]
metrics = [1.0, 0.9, 0.95, 0.92, 0.91, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.7, 0.71, 0.72]
metrics_max = [1.0, 1.05, 1.2, 1.25, 1.28, 1.3, 1.31, 1.5, 1.52, 1.53, 1.54, 1.55, 1.8, 1.81]
out = {'torch': torch.__version__, 'setup': "SGD([{params:[a]}, {params:[b], lr:0.05}], lr=0.1, momentum=0.9); 14 steps; optimizer.step() before scheduler.step()", 'cases': []}
for name, cfg in cases:
    opt = mk()
    desc = cfg
    if cfg == 'lambda': s = L.LambdaLR(opt, lambda e: 0.95 ** e); desc = 'lr_lambda: e => 0.95 ** e'
    elif cfg == 'lambda2': s = L.LambdaLR(opt, [lambda e: 1/(e+1), lambda e: 0.5 if e % 2 else 1.0]); desc = 'lr_lambda: [e => 1/(e+1), e => e % 2 ? 0.5 : 1.0]'
    elif cfg == 'mult': s = L.MultiplicativeLR(opt, lambda e: 0.9); desc = 'lr_lambda: () => 0.9'
    elif cfg == 'seq': s = L.SequentialLR(opt, [L.ConstantLR(opt, factor=0.1, total_iters=2), L.ExponentialLR(opt, gamma=0.9)], milestones=[2]); desc = '[ConstantLR(0.1, 2), ExponentialLR(0.9)], milestones [2]'
    elif cfg == 'seq2': s = L.SequentialLR(opt, [L.LinearLR(opt, start_factor=0.2, total_iters=3), L.CosineAnnealingLR(opt, T_max=5), L.StepLR(opt, step_size=2, gamma=0.5)], milestones=[3, 8]); desc = '[LinearLR(0.2, total_iters 3), CosineAnnealingLR(5), StepLR(2, 0.5)], milestones [3, 8]'
    elif cfg == 'chain': s = L.ChainedScheduler([L.ConstantLR(opt, factor=0.1, total_iters=3), L.ExponentialLR(opt, gamma=0.9)]); desc = '[ConstantLR(0.1, 3), ExponentialLR(0.9)]'
    else: s = getattr(L, name)(opt, **cfg)
    lrs = [[g['lr'] for g in opt.param_groups]]; moms = [[g['momentum'] for g in opt.param_groups]]
    for i in range(14):
        opt.step()
        if name == 'ReduceLROnPlateau': s.step(metrics_max[i] if cfg.get('mode') == 'max' else metrics[i])
        else: s.step()
        lrs.append([g['lr'] for g in opt.param_groups]); moms.append([g['momentum'] for g in opt.param_groups])
    jdesc = desc if isinstance(desc, str) else {k: (list(v) if isinstance(v, tuple) else v) for k, v in desc.items()}
    out['cases'].append({'scheduler': name, 'options': jdesc, 'lrs': lrs, 'momentum': moms})
json.dump(out, open('/tmp/gold/sched-1.13.json', 'w'), indent=1)
print(len(out['cases']))
