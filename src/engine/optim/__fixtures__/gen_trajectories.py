import json, torch
torch.set_default_dtype(torch.float64)
T = torch.tensor([3.0, 1.0])
def grad_fn(w):  # gradient of sum((w-t)^2) + 0.1*sum(w^4)
    return 2*(w - T) + 0.4*w**3
cases = {
 'SGD': [dict(lr=0.1), dict(lr=0.01), dict(lr=0.1, weight_decay=0.5), dict(lr=0.05, momentum=0.9),
         dict(lr=0.1, weight_decay=0.1, maximize=True), dict(lr=0.05, momentum=0.9, dampening=0.5),
         dict(lr=0.05, momentum=0.9, weight_decay=0.1), dict(lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.1)],
 'Adam': [dict(), dict(lr=0.01), dict(weight_decay=0.1), dict(weight_decay=0.1, maximize=True),
          dict(weight_decay=0.1, amsgrad=True), dict(lr=0.1, amsgrad=True), dict(lr=0.1, betas=(0.5, 0.9), eps=1e-3)],
 'AdamW': [dict(), dict(lr=0.1), dict(weight_decay=0.1), dict(weight_decay=0.1, maximize=True), dict(lr=0.1, amsgrad=True)],
 'RMSprop': [dict(), dict(lr=1e-3), dict(weight_decay=0.1), dict(maximize=True), dict(weight_decay=0.1, centered=True),
             dict(maximize=True, weight_decay=0.1), dict(weight_decay=0.1, centered=True, momentum=0.1),
             dict(weight_decay=0.1, centered=True, momentum=0.1, maximize=True), dict(alpha=0.9, momentum=0.5)],
 'Adagrad': [dict(), dict(weight_decay=0.1), dict(weight_decay=0.1, maximize=True), dict(lr=0.1),
             dict(initial_accumulator_value=0.1, weight_decay=0.1), dict(lr=0.1, lr_decay=0.5, weight_decay=0.1)],
 'Adadelta': [dict(), dict(lr=0.01), dict(weight_decay=0.1), dict(maximize=True), dict(weight_decay=0.1, maximize=True),
              dict(rho=0.95, weight_decay=0.9)],
 'Adamax': [dict(), dict(lr=0.1), dict(weight_decay=0.1), dict(maximize=True), dict(weight_decay=0.1, maximize=True)],
 'RAdam': [dict(), dict(lr=2e-3), dict(eps=1e-6), dict(weight_decay=0.1), dict(lr=0.1, betas=(0.8, 0.9))],
 'Rprop': [dict(), dict(lr=2e-4), dict(etas=(0.5, 1.5)), dict(step_sizes=(2e-6, 100)), dict(maximize=True), dict(lr=0.5)],
 'ASGD': [dict(), dict(lambd=0.1), dict(lr=0.02), dict(t0=100), dict(maximize=True), dict(weight_decay=0.1),
          dict(weight_decay=0.1, maximize=True), dict(lr=0.1, t0=1), dict(lr=0.1, t0=2, lambd=0.01, alpha=0.5)],
}
out = {'torch': torch.__version__, 'problem': 'w0=[1,-2] float64; grad = 2(w-[3,1]) + 0.4 w^3; 8 steps', 'cases': []}
for name, cfgs in cases.items():
    for cfg in cfgs:
        w = torch.tensor([1.0, -2.0], requires_grad=True)
        opt = getattr(torch.optim, name)([w], **cfg)
        traj = []
        for s in range(8):
            opt.zero_grad()
            w.grad = grad_fn(w.detach()).clone()
            opt.step()
            traj.append(w.detach().tolist())
        st = opt.state_dict()['state'][0]
        state = {k: (v.tolist() if torch.is_tensor(v) else v) for k, v in st.items()}
        jcfg = {k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.items()}
        out['cases'].append({'optim': name, 'options': jcfg, 'trajectory': traj, 'state': state})
# float32 runs (default dtype float32)
torch.set_default_dtype(torch.float32)
T = torch.tensor([3.0, 1.0])
out['float32'] = []
for name, cfg in [('SGD', dict(lr=0.05, momentum=0.9)), ('Adam', dict(lr=0.1)), ('AdamW', dict(lr=0.1)), ('RMSprop', dict(centered=True, momentum=0.5)),
                  ('Adagrad', dict(lr=0.5)), ('Adadelta', dict()), ('Adamax', dict()), ('RAdam', dict(lr=0.1)), ('Rprop', dict()), ('ASGD', dict(lr=0.1, t0=1))]:
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    opt = getattr(torch.optim, name)([w], **cfg)
    traj = []
    for s in range(8):
        opt.zero_grad(); w.grad = (2*(w.detach() - T) + 0.4*w.detach()**3).clone(); opt.step(); traj.append(w.detach().tolist())
    out['float32'].append({'optim': name, 'options': cfg, 'trajectory': traj})
json.dump(out, open('/tmp/gold/optim-1.13.json', 'w'), indent=1)
print(len(out['cases']))
