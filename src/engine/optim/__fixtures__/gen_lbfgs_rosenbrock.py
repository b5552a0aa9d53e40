import torch
torch.set_default_dtype(torch.float64)
for cfg in [dict(lr=0.1, history_size=10), dict(lr=1, line_search_fn='strong_wolfe')]:
    x = torch.tensor([-1.5, 2.0], requires_grad=True)
    o = torch.optim.LBFGS([x], **cfg)
    def closure():
        o.zero_grad()
        f = (1 - x[0])**2 + 100*(x[1] - x[0]**2)**2
        f.backward()
        return f
    losses = [o.step(closure).item() for _ in range(3)]
    st = o.state[x]
    print(repr(losses), st['func_evals'], st['n_iter'], x.tolist())
